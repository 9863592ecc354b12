package org.physiokiosk.content;

import java.nio.file.Path;
import java.util.List;

/** A group of techniques as the article groups them (stretching, massage, …), with its own advice. */
public record Category(String id, int order, String title, String summary, List<String> tips, Path source) {

    public Category {
        tips = List.copyOf(tips);
    }
}
