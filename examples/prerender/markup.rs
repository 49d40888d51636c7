//! The prerender's markup made small (it is part of every first visit's download): only what
//! a phone shows above the fold, and the town map drawn coarser but to the same picture.
//!
//! Works on the markup Yew's server-side rendering writes (every element closed, SVG
//! children included; attribute values quoted and escaped), not on HTML in general.
//!
//! # Units
//! The map's coordinates are map meters (its `viewBox`); on a phone one CSS pixel is about
//! 17 of them, so roads snapped to [`ROAD_GRID_METERS`] and the other shapes to whole meters
//! move by a fraction of a pixel.

use std::fmt::Write;

/// Roads' points snap to this grid (meters).
pub const ROAD_GRID_METERS: f64 = 10.0;

/// HTML's elements that have no end tag.
const VOID: [&str; 13] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// `html` cut just after the end tag of the first element with `class="map-frame"` (the
/// map's drawing), every element then open closed: the header, the headline and the map.
pub fn above_the_map(html: &str) -> Result<String, String> {
    let frame = html
        .find("class=\"map-frame\"")
        .ok_or("prerender: no map in the first screen")?;
    let mut open: Vec<&str> = Vec::new();
    let mut depth_at_frame = None;
    let mut rest = 0;
    while let Some(start) = html[rest..].find('<').map(|i| rest + i) {
        let end = html[start..]
            .find('>')
            .map(|i| start + i + 1)
            .ok_or("prerender: a tag is not closed")?;
        let tag = &html[start + 1..end - 1];
        if let Some(name) = tag.strip_prefix('/') {
            if open.pop() != Some(name) {
                return Err(format!("prerender: </{name}> closes nothing"));
            }
            if depth_at_frame == Some(open.len()) {
                let mut out = html[..end].to_owned();
                for name in open.iter().rev() {
                    let _ = write!(out, "</{name}>");
                }
                return Ok(out);
            }
        } else {
            let name = tag.split([' ', '/']).next().unwrap_or_default();
            if !VOID.contains(&name) && !tag.ends_with('/') {
                if depth_at_frame.is_none() && (start..end).contains(&frame) {
                    depth_at_frame = Some(open.len());
                }
                open.push(name);
            }
        }
        rest = end;
    }
    Err("prerender: the map's frame is not closed".into())
}

/// One element of the map's drawing, or its text.
#[derive(Debug, Clone, PartialEq)]
enum Node {
    Element {
        name: String,
        attributes: Vec<(String, String)>,
        children: Vec<Node>,
    },
    Text(String),
}

/// An element being read: its name, its attributes and the children read so far.
type OpenElement = (String, Vec<(String, String)>, Vec<Node>);

fn parse(markup: &str) -> Result<Vec<Node>, String> {
    let mut stack: Vec<OpenElement> = vec![(String::new(), Vec::new(), Vec::new())];
    let mut rest = markup;
    while !rest.is_empty() {
        let Some(start) = rest.find('<') else {
            push(&mut stack, Node::Text(rest.to_owned()));
            break;
        };
        if start > 0 {
            push(&mut stack, Node::Text(rest[..start].to_owned()));
        }
        let end = rest[start..]
            .find('>')
            .ok_or("prerender: a tag is not closed")?
            + start;
        let tag = &rest[start + 1..end];
        rest = &rest[end + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            let (open, attributes, children) = stack.pop().ok_or("prerender: bad markup")?;
            if open != name || stack.is_empty() {
                return Err(format!("prerender: </{name}> closes <{open}>"));
            }
            push(
                &mut stack,
                Node::Element {
                    name: open,
                    attributes,
                    children,
                },
            );
        } else {
            let (name, attributes) = parse_tag(tag)?;
            stack.push((name, attributes, Vec::new()));
        }
    }
    match stack.pop() {
        Some((_, _, nodes)) if stack.is_empty() => Ok(nodes),
        _ => Err("prerender: an element is not closed".into()),
    }
}

fn push(stack: &mut [OpenElement], node: Node) {
    if let Some((_, _, children)) = stack.last_mut() {
        children.push(node);
    }
}

/// `name a="1" b="2"` (values hold no `"`: Yew escapes them).
fn parse_tag(tag: &str) -> Result<(String, Vec<(String, String)>), String> {
    let (name, mut rest) = tag.split_once(' ').unwrap_or((tag, ""));
    let mut attributes = Vec::new();
    while let Some((key, after)) = rest.split_once("=\"") {
        let (value, after) = after
            .split_once('"')
            .ok_or_else(|| format!("prerender: <{name}>'s {key} is not closed"))?;
        attributes.push((key.trim().to_owned(), value.to_owned()));
        rest = after;
    }
    Ok((name.to_owned(), attributes))
}

fn write_nodes(out: &mut String, nodes: &[Node]) {
    for node in nodes {
        match node {
            Node::Text(text) => out.push_str(text),
            Node::Element {
                name,
                attributes,
                children,
            } => {
                let _ = write!(out, "<{name}");
                for (key, value) in attributes {
                    let _ = write!(out, " {key}=\"{value}\"");
                }
                out.push('>');
                write_nodes(out, children);
                let _ = write!(out, "</{name}>");
            }
        }
    }
}

/// Every decimal number in `value` rounded to a whole number.
fn whole_numbers(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut number = String::new();
    let flush = |number: &mut String, out: &mut String| {
        if !number.is_empty() {
            match number.parse::<f64>() {
                Ok(n) if number.contains('.') => {
                    let _ = write!(out, "{}", n.round() as i64);
                }
                _ => out.push_str(number),
            }
            number.clear();
        }
    };
    for c in value.chars() {
        let starts_negative = c == '-' && number.is_empty();
        if c.is_ascii_digit() || c == '.' || starts_negative {
            number.push(c);
        } else {
            flush(&mut number, &mut out);
            out.push(c);
        }
    }
    flush(&mut number, &mut out);
    out
}

/// The lines of an SVG path made of `M`, `L` and `l` commands (a command's letter may be
/// left out for the pairs that follow it, as the app's roads are written), as absolute
/// points, one list per `M`.
fn path_lines(d: &str) -> Vec<Vec<(f64, f64)>> {
    let mut lines: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut command = 'M';
    let mut numbers: Vec<f64> = Vec::new();
    let mut pen = (0.0, 0.0);
    let mut chars = d.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if c.is_ascii_alphabetic() {
            command = c;
            chars.next();
            continue;
        }
        if !(c.is_ascii_digit() || c == '-' || c == '.') {
            chars.next();
            continue;
        }
        // One number: an optional minus, then digits and at most one point.
        let mut end = start + c.len_utf8();
        chars.next();
        while let Some(&(i, c)) = chars.peek() {
            if !(c.is_ascii_digit() || c == '.') {
                break;
            }
            end = i + c.len_utf8();
            chars.next();
        }
        numbers.push(d[start..end].parse().unwrap_or(0.0));
        if let [x, y] = numbers[..] {
            numbers.clear();
            pen = match command {
                'l' => (pen.0 + x, pen.1 + y),
                _ => (x, y),
            };
            match command {
                'M' => {
                    lines.push(vec![pen]);
                    command = 'L';
                }
                _ => match lines.last_mut() {
                    Some(line) => line.push(pen),
                    None => lines.push(vec![pen]),
                },
            }
        }
    }
    lines
}

/// A road class's path snapped to the grid, as `M` and relative `l` steps, with each line
/// that starts where the last one ended drawn on from there.
fn road_path(d: &str) -> String {
    let snap = |v: f64| (v / ROAD_GRID_METERS).round() as i64 * ROAD_GRID_METERS as i64;
    let mut out = String::new();
    let mut last = None;
    for line in path_lines(d) {
        let mut points = line.into_iter().map(|(x, y)| (snap(x), snap(y)));
        let Some(from) = points.next() else {
            continue;
        };
        if last != Some(from) {
            let _ = write!(out, "M{} {}", from.0, from.1);
        }
        let mut pen = from;
        for to in points {
            let _ = write!(out, "l{} {}", to.0 - pen.0, to.1 - pen.1);
            pen = to;
        }
        last = Some(pen);
    }
    out
}

fn attribute<'a>(attributes: &'a [(String, String)], key: &str) -> Option<&'a str> {
    attributes
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// A `<rect>` with a class as the same square as a path (so it joins its kind's path).
fn rect_as_path(node: Node) -> Node {
    let Node::Element {
        name,
        attributes,
        children,
    } = node
    else {
        return node;
    };
    let number = |key| attribute(&attributes, key).and_then(|v| v.parse::<f64>().ok());
    if name == "rect"
        && let (Some(class), Some(x), Some(y), Some(w), Some(h)) = (
            attribute(&attributes, "class"),
            number("x"),
            number("y"),
            number("width"),
            number("height"),
        )
    {
        return Node::Element {
            name: "path".into(),
            attributes: vec![
                ("d".into(), format!("M{x} {y}h{w}v{h}h{}z", -w)),
                ("class".into(), class.to_owned()),
            ],
            children,
        };
    }
    Node::Element {
        name,
        attributes,
        children,
    }
}

/// The attributes other than `d`.
fn shape_kind(node: &Node) -> Option<Vec<&(String, String)>> {
    match node {
        Node::Element {
            name, attributes, ..
        } if name == "path" => Some(attributes.iter().filter(|(k, _)| k != "d").collect()),
        _ => None,
    }
}

/// The drawing made small: no tooltips (the prerender is inert), sibling groups that look the
/// same as one group, a group's paths of one look as one path (when the group holds no
/// text, whose order against the shapes would change), numbers whole, roads snapped.
fn coarser(nodes: Vec<Node>) -> Vec<Node> {
    let mut out: Vec<Node> = Vec::new();
    for node in nodes {
        let node = match rect_as_path(node) {
            Node::Element { name, .. } if name == "title" => continue,
            Node::Element {
                name,
                attributes,
                children,
            } => {
                let road = name == "path"
                    && attribute(&attributes, "class").is_some_and(|c| c.starts_with("road"));
                let attributes = attributes
                    .into_iter()
                    .map(|(k, v)| {
                        let v = match k.as_str() {
                            "d" if road => road_path(&v),
                            "d" | "x" | "y" | "width" | "height" | "cx" | "cy" | "r"
                            | "font-size" | "stroke-dasharray" => whole_numbers(&v),
                            _ => v,
                        };
                        (k, v)
                    })
                    .collect();
                Node::Element {
                    name,
                    attributes,
                    children: coarser(children),
                }
            }
            text => text,
        };
        // A group like the one before joins it.
        if let (
            Some(Node::Element {
                name: last_name,
                attributes: last_attributes,
                children: last_children,
            }),
            Node::Element {
                name,
                attributes,
                children,
            },
        ) = (out.last_mut(), &node)
            && last_name == "g"
            && name == "g"
            && last_attributes == attributes
        {
            last_children.extend(children.iter().cloned());
            *last_children = joined_paths(std::mem::take(last_children));
            continue;
        }
        out.push(node);
    }
    out
}

/// `nodes` with every path of one look (its attributes but `d`) joined into the first of
/// them, unless they include text.
fn joined_paths(nodes: Vec<Node>) -> Vec<Node> {
    let has_text = nodes
        .iter()
        .any(|n| matches!(n, Node::Element { name, .. } if name == "text"));
    if has_text {
        return nodes;
    }
    let mut out: Vec<Node> = Vec::new();
    for node in nodes {
        let kind = shape_kind(&node);
        let same = kind.is_some().then(|| {
            out.iter()
                .position(|o| shape_kind(o) == kind && shape_kind(o).is_some())
        });
        match (same.flatten(), node) {
            (
                Some(i),
                Node::Element {
                    attributes: adding, ..
                },
            ) => {
                if let Node::Element { attributes, .. } = &mut out[i]
                    && let (Some(d), Some(more)) = (
                        attributes.iter_mut().find(|(k, _)| k == "d"),
                        attribute(&adding, "d"),
                    )
                {
                    d.1.push_str(more);
                }
            }
            (_, node) => out.push(node),
        }
    }
    out
}

/// `html` with the inside of its first `<svg>` drawn coarser (the `<svg>` tag itself, and so
/// its `viewBox`, as it was).
pub fn coarser_map(html: &str) -> Result<String, String> {
    let open = html.find("<svg").ok_or("prerender: no map drawing")?;
    let inside = html[open..].find('>').ok_or("prerender: bad <svg>")? + open + 1;
    let close = html[inside..]
        .find("</svg>")
        .ok_or("prerender: <svg> not closed")?
        + inside;
    let drawing = coarser(parse(&html[inside..close])?);
    let mut out = html[..inside].to_owned();
    write_nodes(&mut out, &drawing);
    out.push_str(&html[close..]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    mod above_the_map {
        use super::*;

        #[test]
        fn keeps_the_map_and_closes_what_was_open() {
            let html = "<main><div class=\"x\"><input type=\"text\"><div class=\"map-frame\"><svg><path></path></svg></div><p>below</p></div></main><footer>f</footer>";
            assert_eq!(
                above_the_map(html).unwrap(),
                "<main><div class=\"x\"><input type=\"text\"><div class=\"map-frame\"><svg><path></path></svg></div></div></main>"
            );
        }
    }

    mod coarser_map {
        use super::*;

        #[test]
        fn snaps_and_chains_roads_and_joins_look_alike_shapes() {
            let html = "<svg viewBox=\"-1.5 2.5 3.5 4.5\"><g class=\"roads\"><path d=\"M0.0 0.0L104.0 -2.0M104.0 -2.0L196.0 0.0M500.0 500.0L510.0 500.0\" class=\"road road--local\"></path></g>\
                <g class=\"camera\"><title>FL-01</title><path d=\"M1.4 2.6L3.0 4.0Z\" class=\"camera-wedge\"></path><rect x=\"1.0\" y=\"2.0\" width=\"3.0\" height=\"3.0\" class=\"camera-body\"></rect></g>\
                <g class=\"camera\"><title>FL-02</title><path d=\"M5.0 6.0L7.0 8.0Z\" class=\"camera-wedge\"></path><rect x=\"5.0\" y=\"6.0\" width=\"3.0\" height=\"3.0\" class=\"camera-body\"></rect></g></svg>";
            assert_eq!(
                coarser_map(html).unwrap(),
                "<svg viewBox=\"-1.5 2.5 3.5 4.5\"><g class=\"roads\"><path d=\"M0 0l100 0l100 0M500 500l10 0\" class=\"road road--local\"></path></g>\
                 <g class=\"camera\"><path d=\"M1 3L3 4ZM5 6L7 8Z\" class=\"camera-wedge\"></path><path d=\"M1 2h3v3h-3zM5 6h3v3h-3z\" class=\"camera-body\"></path></g></svg>"
            );
        }

        #[test]
        fn reads_the_app_s_relative_roads_as_the_points_they_draw() {
            // The app's form: `M`, then `l` once for every step of the line (a minus sign
            // also separates two numbers), and a new line that starts where one ended.
            let d = "M0 0l104-2 92 2M196 0l0 104.5M500 500l10 0";
            assert_eq!(
                path_lines(d),
                vec![
                    vec![(0.0, 0.0), (104.0, -2.0), (196.0, 0.0)],
                    vec![(196.0, 0.0), (196.0, 104.5)],
                    vec![(500.0, 500.0), (510.0, 500.0)],
                ]
            );
            assert_eq!(road_path(d), "M0 0l100 0l100 0l0 100M500 500l10 0");
        }
    }
}
