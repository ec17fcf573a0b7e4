//! A chart on the page: the SVG our chart code drew, its meaning in words
//! for screen readers, and downloads as SVG and as a 1920 px PNG.

use yew::prelude::*;

use crate::app::browser;

#[derive(Properties, PartialEq)]
pub struct ChartFigureProps {
    /// SVG from `crate::charts` (text in it is escaped by plotters).
    pub svg: AttrValue,
    /// The chart in words: its text alternative.
    pub description: AttrValue,
    /// File name for downloads, without extension.
    pub file_stem: AttrValue,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or(true)]
    pub downloads: bool,
    /// A chart that may scroll sideways (a wide chart on a phone) must be
    /// reachable by keyboard to be scrolled: then it is a tab stop.
    #[prop_or_default]
    pub scrolls: bool,
}

#[component]
pub fn ChartFigure(props: &ChartFigureProps) -> Html {
    // Only our own chart code's SVG is ever inserted as markup.
    let picture = use_memo(props.svg.clone(), |svg| Html::from_html_unchecked(svg.clone()));
    let svg_download = {
        let (svg, name) = (props.svg.clone(), format!("{}.svg", props.file_stem));
        Callback::from(move |_: MouseEvent| browser::download(&name, "image/svg+xml", &svg))
    };
    let png_download = {
        let (svg, name) = (props.svg.clone(), format!("{}.png", props.file_stem));
        Callback::from(move |_: MouseEvent| browser::download_png(&name, &svg, 1920))
    };
    html! {
        <figure class={classes!("chart", props.class.clone())} tabindex={props.scrolls.then_some("0")}>
            <div class="chart-svg" role="img" aria-label={props.description.clone()}>{ (*picture).clone() }</div>
            if props.downloads {
                <figcaption class="chart-tools">
                    <button type="button" class="small" onclick={svg_download} aria-label={format!("Download {} som SVG", props.file_stem)}>{ "SVG" }</button>
                    <button type="button" class="small" onclick={png_download} aria-label={format!("Download {} som PNG", props.file_stem)}>{ "PNG" }</button>
                </figcaption>
            }
        </figure>
    }
}
