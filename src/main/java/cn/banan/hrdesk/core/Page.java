package cn.banan.hrdesk.core;

import java.util.List;

/** One page of a long list, with the total the list would have unpaged. */
public record Page<T>(List<T> rows, int offset, int total) {
}
