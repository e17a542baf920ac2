/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaginatorTest {

    private static final float HEIGHT = 100;

    private static Box box(float height) {
        return new Box(height, (canvas, x, top) -> {});
    }

    private static List<List<Box>> pages(List<Box> boxes) {
        List<List<Box>> pages = new ArrayList<>();
        for (List<Paginator.Placed> page :
                new Paginator(0, 0, HEIGHT).run(boxes).pages()) {
            pages.add(page.stream().map(Paginator.Placed::box).toList());
        }
        return pages;
    }

    @Test
    void should_move_a_heading_to_the_next_page_with_the_lines_it_keeps_with() {
        // given: 80 of 100 points used; a heading and two lines of 10 points follow
        Box filler = box(80);
        Box heading = box(10);
        heading.keep = true;
        Box first = box(10);
        first.keep = true;
        Box second = box(10);

        // when
        List<List<Box>> pages = pages(List.of(filler, heading, first, second));

        // then: the heading does not end page 1
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).containsExactly(filler);
        assertThat(pages.get(1)).containsExactly(heading, first, second);
    }

    @Test
    void should_keep_nothing_together_when_the_chain_is_longer_than_a_page() {
        // given: a chain of 12 boxes of 10 points
        List<Box> chain = new ArrayList<>();
        chain.add(box(50));
        for (int i = 0; i < 12; i++) {
            Box b = box(10);
            b.keep = i < 11;
            chain.add(b);
        }

        // when
        List<List<Box>> pages = pages(chain);

        // then: page 1 is filled rather than left half empty
        assertThat(pages.get(0)).hasSize(6);
    }

    @Test
    void should_repeat_the_header_row_above_a_table_row_that_starts_a_page() {
        // given
        Box header = box(10);
        header.keep = true;
        List<Box> boxes = new ArrayList<>();
        boxes.add(header);
        for (int i = 0; i < 15; i++) {
            Box row = box(20);
            row.header = header;
            boxes.add(row);
        }

        // when
        List<List<Box>> pages = pages(boxes);

        // then: every page starts with the header, and no row is split (4 rows of 20 below a 10-point header)
        assertThat(pages).hasSize(4);
        assertThat(pages).allSatisfy(page -> assertThat(page.get(0)).isSameAs(header));
        assertThat(pages.get(0)).hasSize(5);
    }

    @Test
    void should_start_a_page_before_a_box_that_breaks_before() {
        // given
        Box annex = box(10);
        annex.breakBefore = true;

        // when
        List<List<Box>> pages = pages(List.of(box(10), annex, box(10)));

        // then
        assertThat(pages).hasSize(2);
        assertThat(pages.get(1).get(0)).isSameAs(annex);
    }

    @Test
    void should_page_two_columns_side_by_side_and_continue_them_together() {
        // given: a long left column and a short right one
        List<Box> left = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            left.add(box(10));
        }
        List<Box> right = List.of(box(10), box(10));
        Box columns = Box.columns(left, right, 40, 5);

        // when
        List<List<Paginator.Placed>> pages =
                new Paginator(0, 0, HEIGHT).run(List.of(columns)).pages();

        // then: 10 left lines and both right lines (plus the rule between) on page 1, the rest on page 2
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).stream().filter(p -> left.contains(p.box()))).hasSize(10);
        assertThat(pages.get(0).stream().filter(p -> right.contains(p.box()))).hasSize(2);
        assertThat(pages.get(0).stream().filter(p -> right.contains(p.box())).map(Paginator.Placed::x))
                .allSatisfy(x -> assertThat(x).isGreaterThan(40));
        assertThat(pages.get(1).stream().filter(p -> left.contains(p.box()))).hasSize(5);
    }
}
