package org.physiokiosk.content;

import java.nio.file.Path;

/**
 * A problem found in one content file, located as {@code file:line: what is wrong}
 * so that staff can open the file and go straight to the line.
 *
 * @param file    the content file
 * @param line    1-based line number, or 0 when the problem concerns the whole file
 * @param message what is wrong and what the kiosk did about it
 */
public record ContentProblem(Path file, int line, String message) {

    @Override
    public String toString() {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Path parent = file.getParent();
        String shown = parent != null && parent.getFileName() != null
                ? parent.getFileName() + "/" + name : name;
        return line > 0 ? shown + ":" + line + ": " + message : shown + ": " + message;
    }
}
