using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Entities;

namespace Verkostot.Core.Questions.Answering;

/// <summary>
/// Picks the network a question is about: the one it names; else the one the Team or chat is bound to, when its data
/// answers; else the asker's own, when just one of them answers; else the only network whose data answers. Only when
/// several can answer is the user asked, the likeliest first: the bound network, the asker's own, then the rest.
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

        // "asiantuntijaryhmä" or "neuvottelukunta" narrows the choice to networks that have such a body.
        var bodyKinds = entities.IdsOf(EntityKind.BodyKind);
        var fits = (Network n) => hasData(n) && (bodyKinds.Count == 0 || catalog.BodiesOf(n.Id).Any(b => bodyKinds.Contains(b.Kind.ToString())));

        var bound = context.Question.NetworkId is { } boundId ? catalog.NetworksById.GetValueOrDefault(boundId) : null;
        if (bound is not null && fits(bound))
        {
            return NetworkChoice.Chosen(bound, NetworkChoiceSource.Conversation);
        }

        var own = AskerNetworks(context).ToList();
        var ownFitting = own.Where(fits).ToList();
        if (ownFitting.Count == 1)
        {
            return NetworkChoice.Chosen(ownFitting[0], NetworkChoiceSource.Asker);
        }

        var candidates = ownFitting.Concat(catalog.Networks.Where(fits)).DistinctBy(n => n.Id).ToList();
        if (candidates.Count == 1)
        {
            return NetworkChoice.Chosen(candidates[0], NetworkChoiceSource.OnlyOneWithData);
        }

        if (candidates.Count == 0)
        {
            // Nobody's data answers: the conversation's or the asker's network then says so honestly.
            var fallback = bound ?? (own.Count == 1 ? own[0] : null);
            return fallback is not null
                ? NetworkChoice.Chosen(fallback, bound is not null ? NetworkChoiceSource.Conversation : NetworkChoiceSource.Asker)
                : new NetworkChoice(null, catalog.Networks, NetworkChoiceSource.Ambiguous);
        }

        return new NetworkChoice(null, candidates, NetworkChoiceSource.Ambiguous);
    }

    /// <summary>The networks the asker belongs to: roster memberships first, then roles.</summary>
    public static IEnumerable<Network> AskerNetworks(AnswerContext context)
    {
        if (context.Asker is null)
        {
            return [];
        }

        var catalog = context.Catalog;
        var viaMembership = catalog.Memberships.Where(m => m.PersonId == context.Asker.Id && m.LeftOn is null).Select(m => m.NetworkId);
        var viaRole = (catalog.RolesByPerson.GetValueOrDefault(context.Asker.Id) ?? []).Select(r => r.NetworkId);
        var viaSeat = catalog.Bodies
            .Where(b => b.Terms.SelectMany(t => t.Seats).Any(s => s.MemberId == context.Asker.Id || s.DeputyId == context.Asker.Id))
            .Select(b => b.NetworkId);
        return viaMembership.Concat(viaRole).Concat(viaSeat)
            .Distinct(StringComparer.Ordinal)
            .Select(id => catalog.NetworksById.GetValueOrDefault(id))
            .OfType<Network>();
    }
}
