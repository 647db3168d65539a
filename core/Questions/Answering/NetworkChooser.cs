using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Entities;

namespace Verkostot.Core.Questions.Answering;

/// <summary>
/// Picks the network a question is about: the one it names; else the one the Team or chat is bound to; else the
/// asker's own; else the only network that has the data asked for; else the user is asked to choose.
/// </summary>
public static class NetworkChooser
{
    public static NetworkChoice Choose(AnswerContext context, Func<Network, bool> hasData)
    {
        var catalog = context.Catalog;
        var entities = context.Parsed.Entities;

        var named = entities.IdsOf(EntityKind.Network)
            .Concat(entities.IdsOf(EntityKind.Body).Select(id => catalog.BodiesById[id].NetworkId))
            .Distinct(StringComparer.Ordinal)
            .Select(id => catalog.NetworksById.GetValueOrDefault(id))
            .OfType<Network>()
            .ToList();
        if (named.Count > 0)
        {
            // A body name shared by networks ("puheenjohtajisto") is settled by the data asked for.
            var withData = named.Where(hasData).ToList();
            return NetworkChoice.Chosen(withData.Count > 0 ? withData[0] : named[0], NetworkChoiceSource.Named);
        }

        if (context.Question.NetworkId is { } boundId && catalog.NetworksById.TryGetValue(boundId, out var bound))
        {
            return NetworkChoice.Chosen(bound, NetworkChoiceSource.Conversation);
        }

        // "asiantuntijaryhmä" or "neuvottelukunta" narrows the choice to networks that have such a body.
        var bodyKinds = entities.IdsOf(EntityKind.BodyKind);
        var hasBodyKind = (Network n) => bodyKinds.Count == 0 || catalog.BodiesOf(n.Id).Any(b => bodyKinds.Contains(b.Kind.ToString()));
        var fits = (Network n) => hasData(n) && hasBodyKind(n);

        var own = AskerNetworks(context).Where(fits).ToList();
        if (own.Count == 1)
        {
            return NetworkChoice.Chosen(own[0], NetworkChoiceSource.Asker);
        }

        var candidates = own.Count > 1 ? own : catalog.Networks.Where(fits).ToList();
        return candidates.Count == 1
            ? NetworkChoice.Chosen(candidates[0], NetworkChoiceSource.OnlyOneWithData)
            : new NetworkChoice(null, candidates.Count > 0 ? candidates : catalog.Networks, NetworkChoiceSource.Ambiguous);
    }

    private static IEnumerable<Network> AskerNetworks(AnswerContext context)
    {
        if (context.Asker is null)
        {
            return [];
        }

        var catalog = context.Catalog;
        var viaMembership = catalog.Memberships.Where(m => m.PersonId == context.Asker.Id && m.LeftOn is null).Select(m => m.NetworkId);
        var viaRole = (catalog.RolesByPerson.GetValueOrDefault(context.Asker.Id) ?? []).Select(r => r.NetworkId);
        return viaMembership.Concat(viaRole)
            .Distinct(StringComparer.Ordinal)
            .Select(id => catalog.NetworksById.GetValueOrDefault(id))
            .OfType<Network>();
    }
}
