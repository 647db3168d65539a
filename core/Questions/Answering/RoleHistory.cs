using Verkostot.Core.Domain;

namespace Verkostot.Core.Questions.Answering;

/// <summary>
/// Which role assignments answer a question: those of the year the question names; else those valid today; else,
/// for a role nobody holds today, the newest holders whose period has ended (the answer then says so).
/// </summary>
public static class RoleHistory
{
    public static IReadOnlyList<RoleHolding> Of(AnswerContext c, string networkId) => Holdings(c, c.Catalog.RolesIn(networkId));

    /// <summary>A person's holdings; an ended role shows only while nobody has held it since.</summary>
    public static IReadOnlyList<RoleHolding> OfPerson(AnswerContext c, string personId) =>
        (c.Catalog.RolesByPerson.GetValueOrDefault(personId) ?? [])
            .Select(r => r.NetworkId)
            .Distinct(StringComparer.Ordinal)
            .SelectMany(networkId => Of(c, networkId))
            .Where(h => h.Role.PersonId == personId)
            .ToList();

    private static List<RoleHolding> Holdings(AnswerContext c, IEnumerable<RoleAssignment> roles)
    {
        var holdings = new List<RoleHolding>();
        foreach (var group in roles.GroupBy(r => (r.NetworkId, r.BodyId, r.Role)))
        {
            holdings.AddRange(Pick(c, [.. group]));
        }

        return holdings;
    }

    private static IEnumerable<RoleHolding> Pick(AnswerContext c, IReadOnlyList<RoleAssignment> group)
    {
        if (c.Parsed.Year is { } year)
        {
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            return group.Where(r => (r.From is null || r.From <= last) && (r.Until is null || r.Until >= first))
                .Select(r => new RoleHolding(r, r.Until < c.Today));
        }

        var current = group.Where(r => ValidOn(r, c.Today)).ToList();
        if (current.Count > 0)
        {
            return current.Select(r => new RoleHolding(r, HasEnded: false));
        }

        var lastEnd = group.Where(r => r.Until < c.Today).Max(r => r.Until);
        return lastEnd is null ? [] : group.Where(r => r.Until == lastEnd).Select(r => new RoleHolding(r, HasEnded: true));
    }

    public static bool ValidOn(RoleAssignment role, DateOnly day) =>
        (role.From is null || role.From <= day) && (role.Until is null || role.Until >= day);
}
