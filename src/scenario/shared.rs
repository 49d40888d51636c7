//! [`Shared`]: an `Rc` compared by pointer, for large data the views pass around (a run, a
//! dossier, a town). Two `Shared`s are equal when they hold the same allocation, so a
//! playback tick never deep-compares a month of simulation. Pure: no UI crates.

use std::fmt;
use std::ops::Deref;
use std::rc::Rc;

/// Shared, immutable data whose equality is identity: the same `Rc` is the same value.
/// Make a new one (not a clone) when the data changes.
pub struct Shared<T>(pub Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Shared<T> {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Shared<T> {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Shared<T>) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<Rc<T>> for Shared<T> {
    fn from(rc: Rc<T>) -> Shared<T> {
        Shared(rc)
    }
}

impl<T: fmt::Debug> fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_only_to_the_same_allocation() {
        let a = Shared::new(vec![1, 2, 3]);
        let same = a.clone();
        let equal_value = Shared::new(vec![1, 2, 3]);
        assert_eq!(a, same);
        assert_ne!(a, equal_value);
    }
}
