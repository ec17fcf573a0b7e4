//! Large generated goal data for the benchmarks (never shipped).

use barometer::model::{Dataset, Guidepost, Point, Subgoal, Target, TargetKind};

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
