using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Answers;
using Verkostot.Core.Questions.Entities;
using Verkostot.Core.Questions.Inflection;

namespace Verkostot.Core.Questions.Answering;

/// <summary>"Kuka on puheenjohtaja?", "kuka oli puheenjohtaja 2024?", "kuka on verkostovastaava", "vem är sekreterare".</summary>
public static class RoleAnswers
{
    public static Answer WhoHolds(AnswerContext c)
    {
        var role = c.Parsed.Role ?? Role.Chair;
        var choice = NetworkChooser.Choose(c, n => Holders(c, n.Id, role).Count > 0);
        if (choice.Network is null)
        {
            return ConversationAnswers.ChooseNetwork(c, choice.Candidates);
        }

        var network = choice.Network;
        var holders = Holders(c, network.Id, role);
        if (holders.Count == 0)
        {
            // A named body without the role is the one to name ("neuvottelukunnan tiedoissa"), not its network, which may have one.
            var named = BodyIdsIn(c, network.Id).Select(id => c.Catalog.BodiesById[id].Name).FirstOrDefault() ?? network.Name;
            return ConversationAnswers.NotFound(
                c,
                c.L(
                    $"{FinnishNameInflector.Genitive(named.Fi)} tiedoissa ei ole {RoleNames.FinnishPartitive(role)}{YearSuffix(c)}.",
                    $"Ingen {RoleNames.Inline(role, c.Language)} finns antecknad för {c.Name(named)}{YearSuffix(c)}.",
                    $"No {RoleNames.Inline(role, c.Language)} is recorded for the {c.Name(named)}{YearSuffix(c)}."),
                network.Id);
        }

        var people = holders
            .Select(h => PeopleLines.Line(c, h.Role.PersonId, RoleLabel(c, h.Role)))
            .OfType<AnswerPerson>()
            .DistinctBy(p => p.PersonId)
            .ToList();
        return Answer.Of(AnswerKind.Found, c.Language, $"{RoleNames.Label(role, c.Language)} – {c.Name(network.Name)}", choice.Note(c))
            with
        {
            People = people,
            NetworkId = network.Id,
            Source = Provenance.OfRole(c, holders[0].Role),
            Caveat = Provenance.EndedRoles(c, holders),
        };
    }

    /// <summary>Holders of a role in a network (see <see cref="RoleHistory"/>); a named body narrows them to its own or the network's, and a vice-chair question accepts either vice role.</summary>
    public static List<RoleHolding> Holders(AnswerContext c, string networkId, Role role)
    {
        var roles = RoleHistory.Of(c, networkId)
            .Where(h => h.Role.Role == role || (role is Role.FirstViceChair or Role.ViceChair && h.Role.Role is Role.FirstViceChair or Role.ViceChair))
            .OrderBy(h => h.Role.Role)
            .ToList();
        var bodyIds = BodyIdsIn(c, networkId);
        if (bodyIds.Count > 0)
        {
            var inBody = roles.Where(h => h.Role.BodyId is not null && bodyIds.Contains(h.Role.BodyId)).ToList();
            if (inBody.Count > 0)
            {
                return inBody;
            }

            // Nobody in the named body holds it: the network's own holder may answer, never another body's ("the
            // presidium's chair is not the advisory board's", "the advisory board's secretary is not the presidium's").
            return [.. roles.Where(h => h.Role.BodyId is null)];
        }

        return roles;
    }

    /// <summary>Bodies of the network the question names, directly or by kind ("neuvottelukunnan sihteeri").</summary>
    public static IReadOnlySet<string> BodyIdsIn(AnswerContext c, string networkId)
    {
        var entities = c.Parsed.Entities;
        var kinds = entities.IdsOf(EntityKind.BodyKind);
        return c.Catalog.BodiesOf(networkId)
            .Where(b => entities.IdsOf(EntityKind.Body).Contains(b.Id) || kinds.Contains(b.Kind.ToString()))
            .Select(b => b.Id)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static string YearSuffix(AnswerContext c) => c.Parsed.Year is { } year ? c.L($" vuodelta {year}", $" för {year}", $" for {year}") : string.Empty;

    private static string RoleLabel(AnswerContext c, RoleAssignment role)
    {
        var label = RoleNames.Label(role.Role, c.Language);
        return role.BodyId is not null && role.Role == Role.Secretary && c.Catalog.BodiesById.TryGetValue(role.BodyId, out var body)
            ? $"{label} ({c.Name(body.Name)})"
            : label;
    }
}
