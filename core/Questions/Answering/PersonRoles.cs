using Verkostot.Core.Domain;

namespace Verkostot.Core.Questions.Answering;

/// <summary>One of a person's roles as an answer lists it, e.g. "Puheenjohtaja, Pienten kuntien verkosto (kausi 2024)".</summary>
public sealed record PersonRoleLine(string Text, string NetworkId, bool HasEnded, string? Source, string? Period);

/// <summary>
/// What a person does in the networks: their roles (<see cref="RoleHistory"/>) and presidium seats (<see cref="Terms"/>),
/// the ones of an ended term marked with it.
/// </summary>
public static class PersonRoles
{
    public static IReadOnlyList<PersonRoleLine> Of(AnswerContext c, Person person)
    {
        var catalog = c.Catalog;
        var lines = new List<PersonRoleLine>();
        foreach (var holding in RoleHistory.OfPerson(c, person.Id))
        {
            var role = holding.Role;
            var network = catalog.NetworksById.GetValueOrDefault(role.NetworkId);
            var body = role.BodyId is null ? null : catalog.BodiesById.GetValueOrDefault(role.BodyId);
            var where = body is null || body.Kind == BodyKind.Presidium ? null : c.Name(body.Name);
            var period = holding.HasEnded ? Provenance.PeriodName(c, role) : null;
            lines.Add(new(
                Join(RoleNames.Label(role.Role, c.Language), where, network is null ? null : c.Name(network.Name)) + Suffix(period),
                role.NetworkId,
                holding.HasEnded,
                Provenance.OfRole(c, role),
                period));
        }

        foreach (var body in catalog.Bodies)
        {
            if (Terms.Of(c, body) is not { } view)
            {
                continue;
            }

            var network = catalog.NetworksById.GetValueOrDefault(body.NetworkId);
            var period = view.HasEnded ? c.L($"kausi {Provenance.TermLabel(view.Term)}", $"period {Provenance.TermLabel(view.Term)}", $"{Provenance.TermLabel(view.Term)} term") : null;
            foreach (var seat in view.Term.Seats)
            {
                var role = seat.MemberId == person.Id ? Role.Member : seat.DeputyId == person.Id ? Role.Deputy : (Role?)null;
                if (role is not null)
                {
                    var where = $"{c.Name(body.Name).ToLowerInvariant()} ({c.Name(seat.RegionName)}{Counterpart(c, seat, role.Value)})";
                    lines.Add(new(
                        Join(RoleNames.Label(role.Value, c.Language), where, network is null ? null : c.Name(network.Name)) + Suffix(period),
                        body.NetworkId,
                        view.HasEnded,
                        Provenance.OfTerm(c, body, view.Term),
                        period));
                }
            }
        }

        return lines.DistinctBy(l => l.Text).ToList();
    }

    /// <summary>The ended-term warning when a line shown comes from an ended term the question did not ask about.</summary>
    public static string? Caveat(AnswerContext c, IReadOnlyList<PersonRoleLine> lines) =>
        lines.Any(l => l.HasEnded) && c.Parsed.Year is null
            ? c.L(
                "Osa tiedoista on päättyneeltä kaudelta, eikä uudempaa tietoa ole, joten tilanne voi olla muuttunut.",
                "En del uppgifter gäller en period som har gått ut och nyare uppgifter finns inte, så läget kan ha ändrats.",
                "Some of this is from a term that has ended and nothing newer is recorded, so it may have changed.")
            : null;

    /// <summary>", varajäsen Tarja Hosiasluoma" or ", varsinainen jäsen Juha Herrala": whose deputy one is, and who stands in for one.</summary>
    private static string Counterpart(AnswerContext c, Seat seat, Role role)
    {
        var (otherId, otherRole) = role == Role.Member ? (seat.DeputyId, Role.Deputy) : (seat.MemberId, Role.Member);
        return otherId is not null && c.Catalog.PeopleById.TryGetValue(otherId, out var other)
            ? $", {RoleNames.Inline(otherRole, c.Language)} {other.Name}"
            : string.Empty;
    }

    private static string Suffix(string? period) => period is null ? string.Empty : $" ({period})";

    private static string Join(params string?[] parts) => string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
