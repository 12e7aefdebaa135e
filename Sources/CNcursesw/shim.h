#ifndef DOSSIER_CNCURSESW_SHIM_H
#define DOSSIER_CNCURSESW_SHIM_H

/*
 * The wide-character ncurses API, made callable from Swift.
 *
 * Swift cannot import C macros that expand to expressions (COLOR_PAIR, A_BOLD,
 * stdscr, COLS, mvadd_wch, ...), so every one the reader needs is wrapped here in
 * a tiny `static inline` function named `dossier_*`.  Only DossierTUI's
 * NcursesTerminal imports this module.
 */

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <ncursesw/ncurses.h>

/* ---- globals ----------------------------------------------------------- */

static inline WINDOW *dossier_stdscr(void) { return stdscr; }
static inline int dossier_cols(void) { return COLS; }
static inline int dossier_lines(void) { return LINES; }
static inline int dossier_colors(void) { return COLORS; }
static inline int dossier_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *dossier_stdin(void) { return stdin; }
static inline FILE *dossier_stdout(void) { return stdout; }
static inline int dossier_err(void) { return ERR; }
static inline int dossier_ok(void) { return OK; }

/* ---- attributes -------------------------------------------------------- */

static inline attr_t dossier_a_normal(void) { return A_NORMAL; }
static inline attr_t dossier_a_bold(void) { return A_BOLD; }
static inline attr_t dossier_a_dim(void) { return A_DIM; }
static inline attr_t dossier_a_italic(void) { return A_ITALIC; }
static inline attr_t dossier_a_underline(void) { return A_UNDERLINE; }
static inline attr_t dossier_a_reverse(void) { return A_REVERSE; }
static inline attr_t dossier_a_standout(void) { return A_STANDOUT; }
static inline attr_t dossier_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }

/* Attributes the terminal can show (termattrs), e.g. to know whether italic exists. */
static inline attr_t dossier_term_attrs(void) { return term_attrs(); }

/* ---- keys -------------------------------------------------------------- */

static inline int dossier_key_code_yes(void) { return KEY_CODE_YES; }
static inline int dossier_key_resize(void) { return KEY_RESIZE; }
static inline int dossier_key_mouse(void) { return KEY_MOUSE; }
static inline int dossier_key_up(void) { return KEY_UP; }
static inline int dossier_key_down(void) { return KEY_DOWN; }
static inline int dossier_key_left(void) { return KEY_LEFT; }
static inline int dossier_key_right(void) { return KEY_RIGHT; }
static inline int dossier_key_home(void) { return KEY_HOME; }
static inline int dossier_key_end(void) { return KEY_END; }
static inline int dossier_key_npage(void) { return KEY_NPAGE; }
static inline int dossier_key_ppage(void) { return KEY_PPAGE; }
static inline int dossier_key_backspace(void) { return KEY_BACKSPACE; }
static inline int dossier_key_dc(void) { return KEY_DC; }
static inline int dossier_key_ic(void) { return KEY_IC; }
static inline int dossier_key_enter(void) { return KEY_ENTER; }
static inline int dossier_key_btab(void) { return KEY_BTAB; }
static inline int dossier_key_f0(void) { return KEY_F0; }

/* ---- mouse ------------------------------------------------------------- */

static inline mmask_t dossier_mouse_mask_wanted(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED
         | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline mmask_t dossier_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t dossier_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t dossier_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t dossier_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t dossier_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t dossier_button5_pressed(void) { return BUTTON5_PRESSED; }
/* Motion reports (a drag with the button down, once xterm's mode 1002 is on). */
static inline mmask_t dossier_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }

/* Reads the pending mouse event; returns OK and fills x, y, buttons, or ERR. */
static inline int dossier_getmouse(int *x, int *y, mmask_t *buttons) {
    MEVENT event;
    memset(&event, 0, sizeof event);
    int rc = getmouse(&event);
    if (rc == OK) {
        *x = event.x;
        *y = event.y;
        *buttons = event.bstate;
    }
    return rc;
}

/* ---- wide-character output and input ----------------------------------- */

/* setcchar without the reserved `opts` argument: one cluster of up to
   CCHARW_MAX - 1 wide characters (NUL-terminated), attributes and a pair. */
static inline int dossier_setcchar(cchar_t *cell, const wchar_t *text, attr_t attrs, int pair) {
    return setcchar(cell, text, attrs, (short)(pair > 32767 ? 0 : pair), NULL);
}
static inline int dossier_ccharw_max(void) { return CCHARW_MAX; }
static inline int dossier_mvwadd_wch(WINDOW *win, int y, int x, const cchar_t *cell) {
    return mvwadd_wch(win, y, x, cell);
}
static inline int dossier_wmove(WINDOW *win, int y, int x) { return wmove(win, y, x); }
static inline int dossier_wget_wch(WINDOW *win, wint_t *ch) { return wget_wch(win, ch); }
static inline int dossier_mvwaddnwstr(WINDOW *win, int y, int x, const wchar_t *text, int n) {
    return mvwaddnwstr(win, y, x, text, n);
}
/* Reads back the cluster written at (y, x); used by the link test. */
static inline int dossier_mvwin_wch(WINDOW *win, int y, int x, cchar_t *cell) {
    return mvwin_wch(win, y, x, cell);
}
static inline int dossier_getcchar_text(const cchar_t *cell, wchar_t *text) {
    attr_t attrs = 0;
    short pair = 0;
    return getcchar(cell, text, &attrs, &pair, NULL);
}

/* ---- restoring the terminal on signals and exit ------------------------ */

/* Whether the screen is in curses mode; set by the terminal, read by the handlers. */
static volatile sig_atomic_t dossier_curses_active = 0;

/* The handlers that were installed before ours, by signal number.  (A function-local
   static: file-scope tentative definitions are not emitted when Swift imports this.) */
static inline struct sigaction *dossier_previous_actions(void) {
    static struct sigaction actions[65];
    return actions;
}

static inline void dossier_set_curses_active(int active) { dossier_curses_active = active; }

/* Leaves curses mode if it is active: cursor shown, echo back, alternate screen left. */
static inline void dossier_restore_terminal(void) {
    if (dossier_curses_active) {
        dossier_curses_active = 0;
        endwin();
    }
}

static inline void dossier_signal_handler(int sig) {
    dossier_restore_terminal();
    if (sig > 0 && sig < 65) {
        sigaction(sig, &dossier_previous_actions()[sig], NULL);
    } else {
        signal(sig, SIG_DFL);
    }
    raise(sig);
}

static inline void dossier_atexit_handler(void) { dossier_restore_terminal(); }

/* Installs the restoring handler for termination and crash signals (the previous
   handler, e.g. Swift's backtracer, runs after it) and an atexit hook.  Idempotent. */
static inline void dossier_install_restore_handlers(void) {
    static int installed = 0;
    if (installed) return;
    installed = 1;
    const int signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction current;
        if (sigaction(signals[i], NULL, &current) == 0 && current.sa_handler == SIG_IGN) {
            continue; /* e.g. SIGHUP under nohup: keep ignoring it */
        }
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = dossier_signal_handler;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND;
        sigaction(signals[i], &action, &dossier_previous_actions()[signals[i]]);
    }
    atexit(dossier_atexit_handler);
}

#endif
