//! Components shared by several views. A view's private parts stay in the view's module.
