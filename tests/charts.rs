//! The charts, drawn natively to SVG for the 2014 data: what they show,
//! Danish letters and numbers, and text from data that stays text.

mod common;

use barometer::charts::{compare, gauge, progress, trend};
use barometer::method::{evaluate, evaluate_guidepost, Options};
use common::*;

fn options() -> Options {
    Options::from_spec(&the_2014_data().method)
}

#[test]
fn the_gauge_points_its_needle_at_the_reading_and_marks_the_published_figure() {
    let data = the_2014_data();
    let gp = &data.guideposts[0];
    let r = evaluate_guidepost(gp, &options());
    let g = gauge::Gauge::new(gp, &r);
    let svg = gauge::svg(&g);
    let (cx, cy) = gauge::CENTRE;
    let (nx, ny) = gauge::point(r.score.unwrap(), gauge::NEEDLE);
    assert!(svg.contains(&format!("M{cx} {cy}L{nx} {ny}")), "needle {nx},{ny} in {svg}");
    // 1,597 is a little right of straight up.
    assert!(nx > cx && ny < cy - 100);
    for text in ["1,6", "−5", "+5 mål", "0 baseline", "▼ offentliggjort: 1,6", "1. Flere udsatte københavnere har en bolig"] {
        assert!(svg.contains(&format!(">\n{text}\n</text>")) || svg.contains(&format!("{text}\n")), "{text}");
    }
    assert!(g.describe().contains("aflæsning 1,6 på skalaen fra −5 til +5 (32 % af vejen fra baseline til mål)"));
}

#[test]
fn a_gauge_without_a_reading_says_why_in_words() {
    let data = the_2014_data();
    let o = options();
    let baseline_only = gauge::svg(&gauge::Gauge::new(&data.guideposts[1], &evaluate_guidepost(&data.guideposts[1], &o)));
    assert!(baseline_only.contains("kun baseline-målinger"));
    let no_data = gauge::svg(&gauge::Gauge::new(&data.guideposts[5], &evaluate_guidepost(&data.guideposts[5], &o)));
    assert!(no_data.contains("ingen data"));
    assert!(!no_data.contains("<circle"), "no needle without data");
    let minus = gauge::svg(&gauge::Gauge::new(&data.guideposts[4], &evaluate_guidepost(&data.guideposts[4], &o)));
    assert!(minus.contains("\n−1,0\n"));
    let (nx, _) = gauge::point(-1.0, gauge::NEEDLE);
    assert!(nx < gauge::CENTRE.0);
}

#[test]
fn the_progress_chart_has_every_sub_goal_with_danish_numbers_and_reasons() {
    let data = the_2014_data();
    let gp = &data.guideposts[0];
    let p = progress::Progress::new(gp, &evaluate_guidepost(gp, &options()), &options());
    assert_eq!(p.rows.len(), 8);
    let svg = progress::svg(&p);
    for text in ["−1,1", "4,0", "3,8", "2,9", "0,9", "5,0", "95,9 % → 97,1 % (2014) → mål 97,5 %", "859 → 828 (2014) → mål 1.000", "tæller som 0 (ingen status)", "F1. Københavnerne med sindslidelser"] {
        assert!(svg.contains(text), "{text}");
    }
    // The score bar of 1.B spans from 0 to 4.
    assert!(svg.contains(&format!("x=\"{}\"", progress::x(0.0))));
    let g3 = &data.guideposts[2];
    let svg3 = progress::svg(&progress::Progress::new(g3, &evaluate_guidepost(g3, &options()), &options()));
    assert!(svg3.contains("tæller ikke: målet angiver kun en retning"));
    assert!(svg3.contains("&lt;1,1 %"), "the direction-only target is escaped text");
}

#[test]
fn the_trend_chart_shows_measurements_path_trend_and_scenario_values() {
    let data = the_2014_data();
    let (_, a) = data.subgoal("1.A").unwrap();
    let mut seen = a.clone();
    seen.measurements.push(barometer::model::Point { year: 2015, value: 950.0 });
    let c = trend::TrendChart::new("1.A", a, &seen, &options());
    assert_eq!(c.scenario.len(), 1);
    let svg = trend::svg(&c);
    for text in ["1.000", "859", "828", "950 (scenarie)", "mål 1.000", "2013", "2017", "1.A 1.000 udsatte københavnere får anvist en bolig i 2017"] {
        assert!(svg.contains(text), "{text}");
    }
    assert!(!svg.contains("2.017"), "years have no thousands separator");
    assert!(c.describe().contains("Scenariet: 950 i 2015"));
}

#[test]
fn the_comparison_chart_shows_each_scenarios_reading() {
    let data = the_2014_data();
    let base = evaluate(&data, &options());
    let excluded = evaluate(&data, &Options { missing: barometer::model::Missing::Exclude, ..options() });
    let c = compare::Comparison::new(&data, &[("Base".into(), base), ("Fodnote 1".into(), excluded)]);
    let svg = compare::svg(&c);
    assert!(svg.contains("1,6") && svg.contains("2,4") && svg.contains("Fodnote 1") && svg.contains("0 (kun baseline)"));
}

#[test]
fn text_from_data_is_escaped_in_every_chart() {
    let mut data = the_2014_data();
    let hostile = "<img src=x onerror=alert(1)>";
    data.guideposts[0].title = format!("{hostile} æøå");
    data.guideposts[0].subgoals[0].title = format!("<script>alert(2)</script>{hostile}");
    let gp = &data.guideposts[0];
    let r = evaluate_guidepost(gp, &options());
    let (_, a) = data.subgoal("1.A").unwrap();
    let svgs = [
        gauge::svg(&gauge::Gauge::new(gp, &r)),
        progress::svg(&progress::Progress::new(gp, &r, &options())),
        trend::svg(&trend::TrendChart::new("1.A", a, a, &options())),
        compare::svg(&compare::Comparison::new(&data, &[(hostile.into(), evaluate(&data, &options()))])),
    ];
    for svg in svgs {
        assert!(!svg.contains("<img") && !svg.contains("<script"), "{svg}");
        assert!(svg.contains("&lt;img src=x onerror=alert(1)&gt;") || svg.contains("&lt;script&gt;"));
        assert_eq!(svg.matches("<svg").count(), 1);
    }
}

#[test]
fn the_command_line_draws_the_same_picture_as_the_app() {
    let dir = std::env::temp_dir().join(format!("barometer-chart-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let data = the_2014_data();
    let gp = &data.guideposts[0];
    let r = evaluate_guidepost(gp, &options());
    let (_, a) = data.subgoal("1.A").unwrap();
    let cases = [
        (vec!["--kind", "gauge"], gauge::svg(&gauge::Gauge::new(gp, &r))),
        (vec!["--kind", "progress"], progress::svg(&progress::Progress::new(gp, &r, &options()))),
        (vec!["--kind", "trend", "--subgoal", "A"], trend::svg(&trend::TrendChart::new("1.A", a, a, &options()))),
    ];
    for (i, (args, expected)) in cases.into_iter().enumerate() {
        let out = dir.join(format!("{i}.svg"));
        let file = concat!(env!("CARGO_MANIFEST_DIR"), "/data/pejlemaerker-2014.json");
        let status = std::process::Command::new(env!("CARGO_BIN_EXE_barometer"))
            .args(["chart", file, "--guidepost", "1"]).args(&args).arg("-o").arg(&out)
            .status().unwrap();
        assert!(status.success());
        assert_eq!(std::fs::read_to_string(&out).unwrap(), expected);
    }
    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_barometer"))
        .args(["chart", concat!(env!("CARGO_MANIFEST_DIR"), "/data/pejlemaerker-2014.json"), "--guidepost", "1", "--kind", "trend", "-o", "/tmp/x.svg"])
        .output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--kind trend kræver --subgoal"));
}

/// Every line segment of an SVG: polylines' consecutive points and paths' M/L runs.
fn segments(svg: &str) -> Vec<(String, [i64; 4])> {
    let mut out = Vec::new();
    for line in svg.lines() {
        let style = |s: &str| s.split(" points=").next().unwrap().split(" d=").next().unwrap().replace("<polyline", "").replace("<path", "");
        let runs: Vec<Vec<i64>> = if let Some(p) = line.split(" points=\"").nth(1) {
            vec![p.trim_end_matches("\"/>").split([',', ' ']).filter(|s| !s.is_empty()).map(|n| n.parse().unwrap()).collect()]
        } else if let Some(d) = line.split(" d=\"").nth(1).filter(|_| line.starts_with("<path")) {
            d.trim_end_matches("\"/>").split('M').filter(|s| !s.is_empty()).map(|run| run.split(['L', ' ']).filter(|s| !s.is_empty()).map(|n| n.parse().unwrap()).collect()).collect()
        } else {
            continue;
        };
        for run in runs {
            for w in run.chunks(2).collect::<Vec<_>>().windows(2) {
                out.push((style(line), [w[0][0], w[0][1], w[1][0], w[1][1]]));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn merged_lines_draw_every_segment_of_the_original_in_far_fewer_elements() {
    let data = the_2014_data();
    let a = &data.guideposts[0].subgoals[0];
    let svg = trend::svg(&trend::TrendChart::new("1.A", a, a, &options()));
    let drawn = segments(&svg).len();
    assert!(drawn > 50, "the dashed lines are many segments: {drawn}");
    assert!(svg.lines().filter(|l| l.starts_with("<path") || l.starts_with("<polyline")).count() < 12, "and few elements");
    // The merge itself on plotters-shaped input: the same segments, fewer elements.
    let input = "<svg>\n<polyline fill=\"none\" opacity=\"1\" stroke=\"#111111\" stroke-width=\"2\" points=\"0,0 10,10 \"/>\n<polyline fill=\"none\" opacity=\"1\" stroke=\"#111111\" stroke-width=\"2\" points=\"20,20 30,30 40,35 \"/>\n<text x=\"1\">a</text>\n<polyline fill=\"none\" opacity=\"1\" stroke=\"#111111\" stroke-width=\"2\" points=\"5,5 6,6 \"/>\n<polyline fill=\"none\" opacity=\"0.5\" stroke=\"#111111\" stroke-width=\"2\" points=\"1,1 2,2 \"/>\n</svg>\n";
    let merged = barometer::charts::merge_lines(input);
    assert_eq!(segments(&merged), segments(input));
    assert_eq!(merged.matches("<path").count(), 2, "the run before the text, and the one after: {merged}");
    assert_eq!(merged.matches("<polyline").count(), 1, "a translucent line is left alone");
    assert!(merged.find("<text").unwrap() > merged.find("d=\"M0 0L10 10M20 20L30 30L40 35\"").unwrap(), "order is kept");
}

#[test]
fn the_barometer_over_time_has_a_panel_per_guidepost_its_label_escaped_and_shortened() {
    use barometer::charts::history::{all_svg, Over};
    let line = |first| Over { points: vec![(2014, Some(1.6), false), (2015, Some(0.4), first), (2016, None, false)], shown: Some(2015), labelled: true, words: vec![] };
    let mut panels: Vec<(String, Over)> = (1..=8).map(|i| (format!("{i}. Kort"), line(false))).collect();
    panels.push(("9. <script>alert(1)</script> & en meget lang titel".into(), line(true)));
    let svg = all_svg(&panels);
    assert!(svg.starts_with("<svg") && svg.contains("width=\"630\"") && svg.contains("height=\"420\""), "three by three panels");
    for i in 1..=8 {
        assert!(svg.contains(&format!("{i}. Kort")), "panel {i}: {}", &svg[..400.min(svg.len())]);
    }
    assert!(!svg.contains("<script"), "a title is text, never markup");
    assert!(svg.contains("9. &lt;script&gt;alert(1)&lt;/sc…"), "cut to 24 characters: {}", svg.split("9. ").nth(1).unwrap_or("").chars().take(60).collect::<String>());
    assert_eq!(svg.matches("2014").count(), 9, "every panel has its years");
}
