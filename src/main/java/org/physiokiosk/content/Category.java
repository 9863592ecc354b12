package org.physiokiosk.content;

import java.nio.file.Path;
import java.util.List;

/**
 * A group of techniques as the article groups them (stretching, massage, …), with its own advice.
 *
 * @param planCautions printed in a handout's safety box whenever one of its techniques is in the plan
 */
public record Category(String id, int order, String title, String summary, List<String> tips,
                       List<String> planCautions, Path source) {

    public Category {
        tips = List.copyOf(tips);
        planCautions = List.copyOf(planCautions);
    }
}
