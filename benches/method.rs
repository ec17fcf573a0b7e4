//! The method core on large generated datasets: sub-goals scored per second
//! (budget in docs/PERFORMANCE.md: ≥ 50 M sub-goals/s for 100,000 sub-goals):
//! `readings` (the numbers alone) and `evaluate` (with every explanation).
//! Run: `cargo bench --bench method`.

use barometer::method::{evaluate, readings, Options};
use barometer::model::{Dataset, Guidepost, Point, Subgoal, Target, TargetKind};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// `guideposts` × `per` sub-goals, every fourth a group of three, values varied.
pub fn generated(guideposts: usize, per: usize) -> Dataset {
    let mut d = Dataset::new();
    for g in 0..guideposts {
        let mut subgoals = Vec::new();
        let mut n = 0;
        while n < per {
            let leaf = |i: usize| {
                let mut s = Subgoal::leaf(&format!("S{i}"), "generated");
                let b = (i * 37 % 1000) as f64;
                s.baseline = Some(Point {
                    year: 2013,
                    value: b,
                });
                if i % 5 != 0 {
                    s.measurements = vec![Point {
                        year: 2014,
                        value: b + (i % 17) as f64 - 6.0,
                    }];
                }
                s.target = Some(Target {
                    year: 2017,
                    value: b + 10.0 + (i % 7) as f64,
                    kind: TargetKind::Value,
                });
                s.population = Some((i % 90 + 10) as f64);
                s
            };
            if n % 4 == 3 && n + 3 <= per {
                let mut group = Subgoal::leaf(&format!("G{n}"), "group");
                group.children = (n..n + 3).map(leaf).collect();
                subgoals.push(group);
                n += 3;
            } else {
                subgoals.push(leaf(n));
                n += 1;
            }
        }
        d.guideposts.push(Guidepost {
            subgoals,
            ..Guidepost::new(&g.to_string(), &format!("Pejlemærke {g}"))
        });
    }
    d
}

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
