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
        assert!(!forms.description.contains(plate.as_str()));
        let result = run_search(&outcome, &forms, Tool::Attributes);
        assert!(result.commuter_found, "{}: {result:?}", forms.description);
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
    fn a_bad_plate_is_a_message_not_a_panic() {
        let outcome = small_run();
        let forms = default_forms(&outcome).edited(FormEdit::LookupPlate("??".into()));
        let result = run_search(&outcome, &forms, Tool::Lookup);
        assert!(result.error.is_some());
    }
}
