#pragma once
// FocusStyle: the platform's style with a focus ring people can see. Fusion (the style on a bare
// Linux desktop) marks keyboard focus with a faint, mostly transparent outline; this draws a solid
// two-pixel ring instead — in the highlight colour, or in the highlighted text colour on a selected
// row — wherever the style draws a focus frame: buttons, check boxes, list and table items.
// As in the base style, the ring shows after keyboard navigation, not after a mouse click.

#include <QProxyStyle>

class FocusStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    // Wraps the application's current style once; later calls do nothing.
    static void install();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
};
