//! Output-only markup (key figures, the waterfall, explanation steps) written as one HTML
//! string and handed to Yew as a raw node. The browser's parser then builds it in one go,
//! where `html!` would create, attribute and diff every element through separate JS calls
//! (the bulk of a page's first render) and compile each element into wasm of its own.
//! Only markup without listeners or user state goes here: inputs, buttons and `<details>`
//! (whose open state must survive a recompute) stay Yew elements. All text and attribute
//! values pass through `escape`.
use yew::prelude::*;

/// An HTML string under construction.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    /// `<tag name="value" …>`.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            escape(&mut self.0, value);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Escaped text.
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape(&mut self.0, text);
        self
    }

    /// `<tag …>text</tag>`.
    pub fn element(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// The markup as one raw node.
    pub fn html(self) -> Html {
        Html::from_html_unchecked(self.0.into())
    }
}

/// Appends `text` with the characters that HTML text and quoted attributes treat
/// specially replaced by entities.
fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut m = Markup::default();
        m.element("td", &[("title", "a \"b\" <c>")], "Hus & have <script>");
        assert_eq!(
            m.0,
            "<td title=\"a &quot;b&quot; &lt;c&gt;\">Hus &amp; have &lt;script&gt;</td>"
        );
    }
}
