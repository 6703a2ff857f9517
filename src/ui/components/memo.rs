//! `memo(data, view)`: a piece of a page that Yew renders again only when `data` changed.
//! Pages with hundreds of rows (the stress scenario's 30 shifts or 40 cases × 60 months)
//! put each row behind one, so a keystroke re-renders the rows it changed instead of the
//! whole page. One component type serves every use, plain views and rows with inputs
//! (`specs::Fields::part`) alike: Yew compiles each component type separately, so a
//! component per kind of row would cost wasm for each.
use crate::ui::components::specs::Kept;
use std::any::Any;
use std::rc::Rc;
use yew::prelude::*;

/// The data and view of one `Memo`, type-erased so `Memo` is a single component.
pub trait Piece {
    /// Whether `other` is the same data with the same view (then nothing is rendered).
    fn same(&self, other: &dyn Any) -> bool;
    fn as_any(&self) -> &dyn Any;
    /// The view; `kept` is the component's own state (its inputs' callbacks).
    fn view(&self, kept: &Kept) -> Html;
}

struct Data<T> {
    value: T,
    view: fn(&T) -> Html,
}

impl<T: PartialEq + 'static> Piece for Data<T> {
    fn same(&self, other: &dyn Any) -> bool {
        // Function addresses may be merged or duplicated by the compiler: an unequal pair
        // only costs a render, an equal pair renders the same anyway.
        other
            .downcast_ref::<Self>()
            .is_some_and(|o| o.value == self.value && o.view as usize == self.view as usize)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn view(&self, _: &Kept) -> Html {
        (self.view)(&self.value)
    }
}

#[derive(Properties)]
pub struct MemoProps {
    piece: Rc<dyn Piece>,
}

impl PartialEq for MemoProps {
    fn eq(&self, other: &Self) -> bool {
        self.piece.same(other.piece.as_any())
    }
}

/// Renders its piece; the kept callbacks live as long as the component (a struct component
/// holds them without hooks).
pub struct Memo {
    kept: Kept,
}

impl Component for Memo {
    type Message = ();
    type Properties = MemoProps;

    fn create(_: &Context<Self>) -> Self {
        Self {
            kept: Kept::default(),
        }
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        ctx.props().piece.view(&self.kept)
    }
}

/// `view(&data)`, rendered again only when `data` differs from the last render's. `data`
/// must hold everything the view reads (callbacks built inside the view capture a
/// `Dispatch`, which stays equal across renders).
pub fn memo<T: PartialEq + 'static>(data: T, view: fn(&T) -> Html) -> Html {
    piece(Rc::new(Data { value: data, view }))
}

/// `piece` behind a `Memo` (the part of `memo` that does not depend on `T`).
pub fn piece(piece: Rc<dyn Piece>) -> Html {
    html! { <Memo {piece} /> }
}
