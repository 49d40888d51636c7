// Not fitted yet: every curve is the identity.
pub const HOME_CIRCLE: &[(f64, f64)] = &[];
pub const WORK_CIRCLE: &[(f64, f64)] = &[];
pub const PLACE_VISIT: &[(f64, f64)] = &[];
pub const SENSITIVE_FLAG: &[(f64, f64)] = &[];
pub const ASSOCIATE: &[(f64, f64)] = &[];
