package org.physiokiosk.content;

import java.nio.file.Path;
import java.util.List;
import org.physiokiosk.schedule.Schedule;

/**
 * A group of techniques as the article groups them (stretching, massage, …), with its own advice.
 *
 * @param planCautions printed in a handout's safety box whenever one of its techniques is in the plan
 * @param optional     its techniques are options (the medicines): they come after the self-care
 *                     techniques, carry {@code optionalNote}, and are never rows of the week tracker
 * @param optionalNote the words printed beside each optional technique
 * @param review       who reviewed this text last, and when
 * @param schedule     when its slides may be on the attract loop (its techniques' slides too)
 */
public record Category(String id, int order, String title, String summary, List<String> tips,
                       List<String> planCautions, Path source, boolean optional, String optionalNote,
                       Review review, Schedule schedule) {

    public Category {
        tips = List.copyOf(tips);
        planCautions = List.copyOf(planCautions);
        optionalNote = optionalNote == null ? "" : optionalNote;
        review = review == null ? Review.NONE : review;
        schedule = schedule == null ? Schedule.ALWAYS : schedule;
    }

    /** A category shown at any time. */
    public Category(String id, int order, String title, String summary, List<String> tips,
                    List<String> planCautions, Path source, boolean optional, String optionalNote, Review review) {
        this(id, order, title, summary, tips, planCautions, source, optional, optionalNote, review, Schedule.ALWAYS);
    }

    /** A category of everyday self-care (not optional), not yet reviewed. */
    public Category(String id, int order, String title, String summary, List<String> tips,
                    List<String> planCautions, Path source) {
        this(id, order, title, summary, tips, planCautions, source, false, "", Review.NONE, Schedule.ALWAYS);
    }

    /** The same category on another schedule. */
    public Category withSchedule(Schedule schedule) {
        return new Category(id, order, title, summary, tips, planCautions, source, optional, optionalNote, review,
                schedule);
    }

    /** The same category in another language: only the words change. */
    public Category translated(String title, String summary, List<String> tips, List<String> planCautions,
                               String optionalNote) {
        return new Category(id, order, title, summary, tips, planCautions, source, optional, optionalNote, review,
                schedule);
    }
}
