/// Something the terminal reports: a key, a mouse action or a new size.
enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    /// The terminal now has this size; the screen must be laid out again.
    case resize(Size)
    /// Input has ended for good (the terminal went away): save and quit.
    case inputClosed
}

/// A mouse action at a cell of the screen.
struct MouseEvent: Hashable, Sendable {
    /// What the mouse did.
    enum Action: Hashable, Sendable {
        /// Left button went down (the start of a click or drag).
        case press
        /// The pointer moved with the left button down (a drag), after a ``press``.
        case drag
        /// Left button went up.
        case release
        /// Left button pressed and released in place.
        case click
        case doubleClick
        /// Wheel turned away from the user: scroll up.
        case wheelUp
        /// Wheel turned towards the user: scroll down.
        case wheelDown
    }

    var action: Action
    /// Where, in screen cells.
    var position: Point

    init(_ action: Action, x: Int, y: Int) {
        self.action = action
        self.position = Point(x: x, y: y)
    }
}
