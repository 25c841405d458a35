// placeholder, replaced by the widget vocabulary
