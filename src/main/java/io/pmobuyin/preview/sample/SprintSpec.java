package io.pmobuyin.preview.sample;

/** A sprint of a project's board; every sample sprint is closed, completing at its end. */
record SprintSpec(long id, String name, int boardId, long start, long end) {}
