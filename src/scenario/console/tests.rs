//! The console's specs: each of the vendor's tools, run on a small town's database.

use super::*;

use crate::scenario::run::three_weeks_run as small_run;

mod console_searches {
    use super::*;

    #[test]
    fn the_example_description_finds_the_car_without_its_plate() {
        let outcome = small_run();
        let forms = default_forms(&outcome);
        let plate = outcome.commuter_plate();
        assert!(!forms.description().contains(plate.as_str()));
        let result = run_search(&outcome, &forms, Tool::Attributes);
        assert!(result.commuter_found, "{}: {result:?}", forms.description());
    }

    /// A Spanish or Portuguese visitor sees the example in their language, and searching
    /// for it finds what the English one finds.
    #[test]
    fn the_example_description_reads_and_finds_the_same_in_every_language() {
        use crate::text::catalog;
        let outcome = small_run();
        let forms = default_forms(&outcome);
        assert!(
            forms.example.as_ref().is_some_and(|e| e.near.is_some()),
            "the small run's example names a place: {forms:?}"
        );
        let english = run_search(&outcome, &forms, Tool::Attributes);
        for (code, near) in [("es", "cerca d"), ("pt-BR", "perto d")] {
            let (shown, result) = catalog::in_language(code, || {
                (
                    forms.description(),
                    run_search(&outcome, &forms, Tool::Attributes),
                )
            });
            assert!(shown.contains(near), "{code}: {shown}");
            assert_eq!(result.summary, english.summary, "{code}: {shown}");
            let in_any_order = |terms: &[crate::analyst::query::Understood]| {
                let mut terms: Vec<String> = terms.iter().map(|t| format!("{t:?}")).collect();
                terms.sort();
                terms
            };
            assert_eq!(
                in_any_order(&result.understood),
                in_any_order(&english.understood),
                "{code}: {shown}"
            );
            assert!(
                result.ignored.is_empty(),
                "{code}: {shown}: {:?}",
                result.ignored
            );
            assert!(result.commuter_found, "{code}: {shown}");
        }
    }

    #[test]
    fn a_typed_description_replaces_the_example() {
        let forms = default_forms(&small_run()).edited(FormEdit::Description("red pickup".into()));
        assert_eq!(forms.description(), "red pickup");
    }

    #[test]
    fn convoy_on_the_visitors_plate_finds_a_real_companion() {
        let outcome = small_run();
        let forms = default_forms(&outcome);
        let result = run_search(&outcome, &forms, Tool::Convoy);
        assert!(result.rows.iter().any(|r| r.companion), "{result:?}");
    }

    #[test]
    fn multi_geo_on_the_default_places_finds_the_car() {
        let outcome = small_run();
        let result = run_search(&outcome, &default_forms(&outcome), Tool::MultiGeo);
        assert!(result.commuter_found, "{result:?}");
    }

    #[test]
    fn rows_are_ranked_in_order_and_counted() {
        let outcome = small_run();
        let result = run_search(&outcome, &default_forms(&outcome), Tool::MultiGeo);
        assert!(!result.rows.is_empty(), "{result:?}");
        assert_eq!(result.found, result.rows.len());
        let ranks: Vec<usize> = result.rows.iter().map(|r| r.rank).collect();
        assert_eq!(ranks, (1..=result.rows.len()).collect::<Vec<_>>());
    }

    #[test]
    fn the_listed_result_keeps_the_first_rows_the_car_and_its_companions_and_the_count() {
        let row = |rank: usize| ResultRow {
            rank,
            title: RowTitle::Minute(rank as u32),
            detail: RowDetail::CameraReads(1),
            commuter: rank == 70,
            companion: rank == 55,
        };
        let whole = SearchResult {
            rows: (1..=100).map(row).collect(),
            found: 100,
            ..SearchResult::default()
        };
        let listed = whole.listed();
        let ranks: Vec<usize> = listed.rows.iter().map(|r| r.rank).collect();
        let mut expected: Vec<usize> = (1..=ROWS_SHOWN).collect();
        expected.extend([55, 70]);
        assert_eq!(ranks, expected);
        assert_eq!(listed.found, 100, "the count is the whole result's");
    }

    #[test]
    fn a_bad_plate_is_a_message_not_a_panic() {
        let outcome = small_run();
        let forms = default_forms(&outcome).edited(FormEdit::LookupPlate("??".into()));
        let result = run_search(&outcome, &forms, Tool::Lookup);
        assert!(result.error.is_some());
    }
}

mod audit_reason {
    use super::*;
    use crate::text::catalog;

    #[test]
    fn the_default_reason_is_in_the_language_now_chosen_until_the_visitor_types_one() {
        let forms = Forms::default();
        assert_eq!(forms.reason(), "investigation");
        let typed = forms.edited(FormEdit::Reason("case 24-118".into()));
        catalog::install(catalog::PSEUDO_LANGUAGE_FILE).unwrap();
        assert!(catalog::choose("en-XA"));
        let shown = forms.reason().to_owned();
        let translated = text::default_reason().to_owned();
        let typed_shown = typed.reason().to_owned();
        assert!(catalog::choose("en"));
        assert_ne!(shown, "investigation", "the default follows the language");
        assert_eq!(shown, translated);
        assert_eq!(typed_shown, "case 24-118", "a typed reason stays as typed");
    }
}
