//! The first screen rendered natively (Yew's server renderer): the markup
//! the browser tests and screen readers rely on.

use barometer::app::App;

async fn render() -> String {
    yew::LocalServerRenderer::<App>::new().render().await
}

#[tokio::test(flavor = "current_thread")]
async fn each_reading_carries_its_guidepost_score_and_state() {
    let html = render().await;
    assert!(html.contains(r#"data-guidepost="1" data-score="1.596957283769459" data-state="scored""#), "{html}");
    assert!(html.contains(r#"data-guidepost="6" data-score="" data-state="no_data""#));
    assert!(html.contains(r#"data-guidepost="2" data-score="0" data-state="baseline_only""#));
    assert_eq!(html.matches("data-guidepost=").count(), 9);
    // The overview: the published figure where it differs, ahead/behind, the scale.
    assert!(html.contains("≠ offentliggjort 0,2"), "{html}");
    assert!(html.contains("forventet nu 0,8 · foran"));
    assert!(html.contains("−5 … +5 · 0 er baseline · +5 er målet"));
    assert_eq!(html.matches(r#"class="ov-item "#).count(), 9);
}
