using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Answers;
using Verkostot.Core.Questions.Entities;
using Verkostot.Core.Questions.Inflection;

namespace Verkostot.Core.Questions.Answering;

/// <summary>"Kuka on puheenjohtaja?", "kuka on verkostovastaava", "vem är sekreterare".</summary>
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
            return ConversationAnswers.NotFound(
                c,
                c.L(
                    $"{FinnishNameInflector.Genitive(network.Name.Fi)} tiedoissa ei ole {RoleNames.FinnishPartitive(role)}.",
                    $"Ingen {RoleNames.Inline(role, c.Language)} finns antecknad för {c.Name(network.Name)}.",
                    $"No {RoleNames.Inline(role, c.Language)} is recorded for the {c.Name(network.Name)}."),
                network.Id);
        }

        var people = holders
            .Select(r => PeopleLines.Line(c, r.PersonId, RoleLabel(c, r)))
            .OfType<AnswerPerson>()
            .DistinctBy(p => p.PersonId)
            .ToList();
        return Answer.Of(AnswerKind.Found, c.Language, $"{RoleNames.Label(role, c.Language)} – {c.Name(network.Name)}")
            with
            { People = people, NetworkId = network.Id };
    }

    /// <summary>Holders of a role in a network today; a named body narrows them, and a vice-chair question accepts either vice role.</summary>
    private static List<RoleAssignment> Holders(AnswerContext c, string networkId, Role role)
    {
        var roles = c.Catalog.RolesOn(networkId, c.Today)
            .Where(r => r.Role == role || (role is Role.FirstViceChair or Role.ViceChair && r.Role is Role.FirstViceChair or Role.ViceChair))
            .OrderBy(r => r.Role)
            .ToList();
        var bodyIds = BodyIdsIn(c, networkId);
        if (bodyIds.Count > 0)
        {
            var inBody = roles.Where(r => r.BodyId is not null && bodyIds.Contains(r.BodyId)).ToList();
            if (inBody.Count > 0)
            {
                return inBody;
            }
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

    private static string RoleLabel(AnswerContext c, RoleAssignment role)
    {
        var label = RoleNames.Label(role.Role, c.Language);
        return role.BodyId is not null && role.Role == Role.Secretary && c.Catalog.BodiesById.TryGetValue(role.BodyId, out var body)
            ? $"{label} ({c.Name(body.Name)})"
            : label;
    }
}
