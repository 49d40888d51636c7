//! What the simulator shows for the runs the Teach page's lesson and worksheet link to, so a
//! teacher's answer key (`content/teach/lesson.md`) can be checked against the app.
//!
//! ```sh
//! cargo run --release --example lesson_runs                      # the lesson's runs
//! cargo run --release --example lesson_runs -- 7 hospital-nurse 40  # one run: seed, persona, cameras
//! ```
//!
//! For each run it prints the reads in the capture log, the camera that read the plate most
//! often, every dossier card (guess, truth,
//! verdict) and the uniqueness sentence, as the simulator words them, for 30 days and the
//! default 10,000 background cars (what a lesson link leaves at its default).
//! `tests/lesson_answers.rs` checks the key (and its translations) against the same runs.

use std::process::ExitCode;

use plate_trail::scenario::town_wide::{quoted_point, whole_town};
use plate_trail::sim::{Persona, Scenario};
use plate_trail::text;

/// The lesson's runs: (seed, persona slug, cameras). Keep in step with `content/teach/`.
const LESSON_RUNS: [(u64, &str, u32); 2] = [(7, "hospital-nurse", 20), (7, "hospital-nurse", 80)];

/// The share link's persona slugs, in [`Persona::ALL`] order.
const PERSONA_SLUGS: [&str; 6] = [
    "office-parent",
    "hospital-nurse",
    "factory-organiser",
    "night-nurse",
    "day-labourer",
    "student",
];

fn persona(slug: &str) -> Result<Persona, String> {
    PERSONA_SLUGS
        .iter()
        .position(|s| *s == slug)
        .map(|i| Persona::ALL[i])
        .ok_or_else(|| format!("unknown persona {slug}; use one of {PERSONA_SLUGS:?}"))
}

fn show(seed: u64, slug: &str, cameras: u32) -> Result<(), String> {
    let scenario = Scenario {
        seed,
        camera_count: cameras,
        persona: Some(persona(slug)?),
        ..Scenario::default()
    };
    let (run, curve) = whole_town(&scenario, |_| {})?;
    println!(
        "run seed={seed} persona={slug} cameras={cameras} days={}",
        scenario.days
    );
    println!("  reads={}", run.rows.len());
    println!(
        "  {}",
        text::status_line(run.rows.len(), run.rows.len(), true)
    );
    // The camera that read the plate most often, as the map's text says it.
    let mut reads = vec![0; run.town.cameras.len()];
    for sighting in run.rows.iter() {
        reads[usize::from(sighting.camera)] += 1;
    }
    let most = reads.iter().copied().max().unwrap_or(0);
    let busiest: Vec<&str> = run
        .town
        .cameras
        .iter()
        .zip(&reads)
        .filter(|(_, n)| **n == most)
        .map(|(camera, _)| camera.label.as_str())
        .collect();
    println!("  most reads: {} ({most})", busiest.join(", "));
    for finding in &run.dossier.findings {
        println!(
            "  [{}] {} | {} | {}",
            finding.kind.slug(),
            text::guess_sentence(&finding.guess, finding.confidence),
            finding
                .truth
                .as_ref()
                .map_or_else(|| "-".to_owned(), text::truth_sentence),
            finding.verdict().map_or("unchecked", text::verdict)
        );
    }
    let point = quoted_point(&curve).map(|p| (p.sightings, p.share_unique));
    println!("  {}", text::uniqueness_sentence(point));
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.as_slice() {
        [] => LESSON_RUNS
            .iter()
            .try_for_each(|&(seed, slug, cameras)| show(seed, slug, cameras)),
        [seed, slug, cameras] => match (seed.parse(), cameras.parse()) {
            (Ok(seed), Ok(cameras)) => show(seed, slug, cameras),
            _ => Err("seed and cameras are whole numbers".to_owned()),
        },
        _ => Err("usage: lesson_runs [SEED PERSONA CAMERAS]".to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("lesson_runs: {message}");
            ExitCode::from(2)
        }
    }
}
