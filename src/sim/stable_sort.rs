//! One stable sort for the code the page runs, in place of `slice::sort_by` and friends.
//!
//! std's sorts (driftsort, ipnsort) are fast but large, and each element type and comparison
//! gets its own copy: the page's wasm held some twenty copies, about 58 kB before wasm-opt.
//! Here the sorting itself is one copy of std's sort, over positions, asking a `dyn`
//! comparison with the position as the tie-break (so the unstable sort, which allocates
//! nothing, gives the stable order); each caller's own code is only a small in-place
//! permutation. (A hand-written
//! merge sort instead made the page's wasm 2,053 gzip bytes smaller, 355,388 -> 353,335,
//! 2026-12-01; std's is kept: it is tuned and well tested.)
//!
//! Stable, like `sort_by`: equal elements keep their order. So the result is the very one
//! `sort_by`, `sort_by_key` and `sort` give, and the one `sort_unstable*` give wherever equal
//! elements are indistinguishable (as for the callers here: whole keys, or plain values).
//! O(n log n) comparisons, and a vector of positions as scratch space, kept between calls.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stably (as `items.sort_by(compare)`).
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    // The positions' buffer is kept between calls: a town's month sorts tens of thousands
    // of short lists, and allocating one per call was 17 ms of one 50 ms page task without
    // a worker (issue 11). Taken out of its cell, so a sort inside a comparison still works.
    let mut order = POSITIONS.take();
    sorted_positions(&mut order, items.len(), &mut |a, b| {
        compare(&items[a], &items[b])
    });
    permute(items, &mut order);
    POSITIONS.set(order);
}

thread_local! {
    /// [`sort_by`]'s positions, kept for the next call.
    static POSITIONS: std::cell::Cell<Vec<usize>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Sorts `items` by the key `key` gives, stably (as `items.sort_by_key(key)`).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their own order (as `items.sort()`).
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// Fills `order` with the positions `0..len` in the order `compare` sorts them, equal ones
/// in their own order: std's unstable sort with the position as the tie-break, which is
/// the stable order and allocates nothing (std's stable sort allocates its scratch on
/// every call), instantiated once (for positions and a `dyn` comparison) instead of once
/// per element type and comparison.
fn sorted_positions(
    order: &mut Vec<usize>,
    len: usize,
    compare: &mut dyn FnMut(usize, usize) -> Ordering,
) {
    order.clear();
    order.extend(0..len);
    order.sort_unstable_by(|&a, &b| compare(a, b).then(a.cmp(&b)));
}

/// Puts `items[order[k]]` at `k` for every `k`, one cycle of the permutation at a time
/// (`order` is left as `0..len`).
fn permute<T>(items: &mut [T], order: &mut [usize]) {
    for start in 0..items.len() {
        let mut at = start;
        // `items[start]`'s old element travels along the cycle until its own place.
        while order[at] != start {
            let from = order[at];
            items.swap(at, from);
            order[at] = at;
            at = from;
        }
        order[at] = at;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{Rng, SeedableRng};

    mod stable_sort {
        use super::*;

        #[test]
        fn gives_what_std_sort_by_gives_with_equal_keys_in_their_order() {
            let mut rng = rand_pcg::Pcg64::seed_from_u64(3);
            for len in (0..70).chain([255, 256, 257, 1_000, 4_099]) {
                let items: Vec<(u8, u32)> = (0..len).map(|i| (rng.random_range(0..6), i)).collect();
                let mut expected = items.clone();
                expected.sort_by_key(|item| item.0);
                let mut sorted = items.clone();
                sort_by_key(&mut sorted, |item| item.0);
                assert_eq!(sorted, expected, "{len} items");
            }
        }

        #[test]
        fn sorts_by_a_comparison_and_in_natural_order() {
            let mut rng = rand_pcg::Pcg64::seed_from_u64(5);
            let mut floats: Vec<f64> = (0..500).map(|_| rng.random_range(-1e3..1e3)).collect();
            let mut expected = floats.clone();
            expected.sort_by(|a, b| b.total_cmp(a));
            sort_by(&mut floats, |a, b| b.total_cmp(a));
            assert_eq!(floats, expected);

            let mut words = vec!["pine", "elm", "ash", "elm", "birch", "ash"];
            sort(&mut words);
            assert_eq!(words, ["ash", "ash", "birch", "elm", "elm", "pine"]);
        }

        #[test]
        fn moves_owned_values_without_losing_or_repeating_any() {
            let mut names: Vec<String> =
                (0..300).map(|i| format!("{}", (i * 7919) % 300)).collect();
            let mut expected = names.clone();
            expected.sort();
            sort(&mut names);
            assert_eq!(names, expected);
        }
    }
}
