//! The −5 … +5 bar of one reading, drawn by `charts::scale_bar`.

use yew::prelude::*;

use crate::charts::scale_bar::{to_svg, ScaleBar};

#[derive(Properties, PartialEq)]
pub struct ScaleBarProps {
    pub bar: ScaleBar,
    /// The bar in words, for screen readers.
    pub label: AttrValue,
}

#[component]
pub fn ScaleBarView(props: &ScaleBarProps) -> Html {
    // The SVG is our own chart code's output and holds no text from data.
    let svg = use_memo(props.bar, |bar| Html::from_html_unchecked(to_svg(bar, 400, 32).into()));
    html! {
        <figure class="scale-bar" role="img" aria-label={props.label.clone()}>
            <div class="scale-bar-svg" aria-hidden="true">{ (*svg).clone() }</div>
            <figcaption class="scale-bar-labels" aria-hidden="true">
                <span>{ "−5" }</span>
                <span class="zero">{ "0 baseline" }</span>
                <span>{ "+5 mål" }</span>
            </figcaption>
        </figure>
    }
}
