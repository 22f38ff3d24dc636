/* A stand-in for libQt6Quick.so.6 in the Linux bundle (packaging/passdesk.spec).
 *
 * Qt's FFmpeg multimedia plugin (the webcam) links QtQuick, and through it QtQml
 * and three more QML libraries: 16 MB that passdesk, which has no QML, never runs.
 * The plugin uses two symbols of it, both to grab a QQuickWindow's contents when
 * a window is captured as a video source:
 *
 *     if (auto *quick = qobject_cast<QQuickWindow *>(window)) quick->grabWindow();
 *
 * Without QtQuick no QQuickWindow exists, and the qobject_cast never succeeds
 * against a meta-object no class has (all zeros), so grabWindow is never called.
 * The spec checks that the plugin needs nothing else from QtQuick before it puts
 * this in; the bundle's self-test loads the plugin ("camera" step).
 */
#include <stdlib.h>

/* QQuickWindow::staticMetaObject: a QMetaObject is 7 pointers (56 bytes). */
__attribute__((visibility("default")))
void *quick_window_meta[7] __asm__("_ZN12QQuickWindow16staticMetaObjectE");

/* QImage QQuickWindow::grabWindow(): unreachable, see above. */
__attribute__((visibility("default")))
void grab_window(void *image, void *window) __asm__("_ZN12QQuickWindow10grabWindowEv");

void grab_window(void *image, void *window) {
    (void)image;
    (void)window;
    abort();
}
