//! The method core on large generated datasets: sub-goals scored per second
//! (budget in docs/PERFORMANCE.md: ≥ 50 M sub-goals/s for 100,000 sub-goals):
//! `readings` (the numbers alone) and `evaluate` (with every explanation).
//! Run: `cargo bench --bench method`.

use barometer::method::{evaluate, readings, Options};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

mod generated;
use generated::generated;

fn bench(c: &mut Criterion) {
    let data = generated(100, 1000);
    let mut group = c.benchmark_group("method");
    group.throughput(Throughput::Elements(100_000));
    group.sample_size(20);
    group.bench_function("readings 100,000 sub-goals", |b| {
        b.iter(|| readings(std::hint::black_box(&data), &Options::default()))
    });
    group.bench_function("evaluate 100,000 sub-goals (with explanations)", |b| {
        b.iter(|| evaluate(std::hint::black_box(&data), &Options::default()))
    });
    group.finish();
    let data_2014 = barometer::data::pejlemaerker_2014().expect("the 2014 data reads");
    let options = Options::from_spec(&data_2014.method);
    c.bench_function("readings of the 2014 data", |b| {
        b.iter(|| readings(std::hint::black_box(&data_2014), &options))
    });
    c.bench_function("evaluate the 2014 data", |b| {
        b.iter(|| evaluate(std::hint::black_box(&data_2014), &options))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
