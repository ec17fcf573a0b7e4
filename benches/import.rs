//! Reading big files natively (release): a 10,000-row and a 200,000-row CSV
//! (200 guideposts × 1,000 sub-goals), the compact JSON the import worker
//! hands the page (the page's own check), and what the preview adds (`io::table::lost`). Budget in
//! docs/PERFORMANCE.md: 200,000 rows in ≤ 1 s natively.
//! Run: `cargo bench --bench import`.

use barometer::io::{self, csv, json, Format};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

mod generated;
use generated::generated;

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    for guideposts in [10, 200] {
        let data = generated(guideposts, 1000);
        let rows: u64 = data.guideposts.iter().map(|g| g.leaves().count() as u64).sum();
        let bytes = io::save(Format::Csv, &data, false).expect("a CSV is always written");
        let text = json::to_compact_json(&data); // as storage and the import worker send it
        group.throughput(Throughput::Elements(rows));
        group.bench_function(format!("csv::read {rows} rows ({} KB)", bytes.len() / 1000), |b| {
            b.iter_with_large_drop(|| csv::read(std::hint::black_box(&bytes)))
        });
        group.bench_function(format!("json::parse_dataset {rows} sub-goals ({} KB compact)", text.len() / 1000), |b| {
            b.iter_with_large_drop(|| json::parse_dataset(std::hint::black_box(&text)))
        });
        group.bench_function(format!("table::lost {rows} sub-goals"), |b| {
            b.iter(|| io::table::lost(std::hint::black_box(&data), &data, true))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
