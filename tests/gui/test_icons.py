from care_desktop.ui.icons import svg_icon


def test_app_icon_renders_crisply_at_every_size(qapp):
    icon = svg_icon("care-desktop")
    sizes = sorted(size.width() for size in icon.availableSizes())
    assert sizes == [16, 24, 32, 48, 64, 128, 256]
    image = icon.pixmap(256, 256).toImage()
    folder = image.pixelColor(30, 200)  # (15, 100) in the SVG: the blue folder
    assert (folder.red(), folder.green(), folder.blue(), folder.alpha()) == (0x1F, 0x5F, 0xA8, 255)
    assert image.pixelColor(4, 4).alpha() == 0  # the corner stays transparent


def test_the_window_icon_is_drawn_from_the_svg_at_any_size(qapp):
    from care_desktop.ui.icons import app_icon

    icon = app_icon("care-desktop")
    for size in (256, 512):  # 512: beyond every pre-rendered size, still drawn from the vector file
        image = icon.pixmap(size, size).toImage()
        assert image.width() == size
        folder = image.pixelColor(size * 30 // 256, size * 200 // 256)
        assert (folder.red(), folder.green(), folder.blue(), folder.alpha()) == (0x1F, 0x5F, 0xA8, 255)
        assert image.pixelColor(4, 4).alpha() == 0
