//! How a rule pack holds its data: either built into the engine as static
//! data (the packs in `rulepacks/`, written out as Rust by `build.rs` with
//! `databake`, so nothing is decoded at start-up) or read at run time from a
//! file (the command line's `--pack`, the tests). The same types serve both:
//! text is a [`Str`], a list a [`List`], a nested condition a [`Node`].

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;

use databake::{quote, Bake, BakeSize, CrateEnv, TokenStream};

/// Text: borrowed from the built-in data, or owned when read from a file.
pub type Str = Cow<'static, str>;

/// A list: borrowed from the built-in data, or owned when read from a file.
pub type List<T> = Cow<'static, [T]>;

/// One value behind a pointer (a condition inside a condition): static in the
/// built-in data, boxed when read from a file.
pub enum Node<T: 'static> {
    Static(&'static T),
    Owned(Box<T>),
}

impl<T> Node<T> {
    pub fn new(value: T) -> Node<T> {
        Node::Owned(Box::new(value))
    }
}

impl<T> Deref for Node<T> {
    type Target = T;

    fn deref(&self) -> &T {
        match self {
            Node::Static(value) => value,
            Node::Owned(value) => value,
        }
    }
}

impl<T: Clone> Clone for Node<T> {
    fn clone(&self) -> Node<T> {
        match self {
            Node::Static(value) => Node::Static(value),
            Node::Owned(value) => Node::Owned(value.clone()),
        }
    }
}

impl<T: PartialEq> PartialEq for Node<T> {
    fn eq(&self, other: &Node<T>) -> bool {
        **self == **other
    }
}

impl<T: Eq> Eq for Node<T> {}

impl<T: fmt::Debug> fmt::Debug for Node<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt(f)
    }
}

impl<T: Bake> Bake for Node<T> {
    fn bake(&self, env: &CrateEnv) -> TokenStream {
        let value = (**self).bake(env);
        quote! { crate::stored::Node::Static(&#value) }
    }
}

impl<T: BakeSize> BakeSize for Node<T> {
    fn borrows_size(&self) -> usize {
        std::mem::size_of::<T>() + (**self).borrows_size()
    }
}
