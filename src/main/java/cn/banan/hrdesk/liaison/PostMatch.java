package cn.banan.hrdesk.liaison;

/** A post a job seeker may fit: the enterprise, the post, how many are wanted and the wage range (yuan a month). */
public record PostMatch(String enterpriseName, String post, long openings, long wageMin, long wageMax, String requirements) {
}
