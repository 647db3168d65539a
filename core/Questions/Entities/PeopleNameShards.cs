using Verkostot.Core.Domain;

namespace Verkostot.Core.Questions.Entities;

/// <summary>
/// Everyone's name forms in shards by person id: a new snapshot takes over every shard whose people and names are
/// as before, so an edit of one person's name among 10 000 rebuilds one shard of about 150 people, not all of them.
/// </summary>
internal sealed class PeopleNameShards
{
    private const int Count = 64;

    private volatile Shard[]? _last;

    public IReadOnlyList<NameForms> Of(IReadOnlyList<Person> people)
    {
        var groups = new List<Person>[Count];
        for (var i = 0; i < Count; i++) groups[i] = [];
        foreach (var person in people) groups[ShardOf(person.Id)].Add(person);

        var last = _last;
        var shards = new Shard[Count];
        for (var i = 0; i < Count; i++)
        {
            shards[i] = last is not null && SameNames(last[i].People, groups[i]) ? last[i] : new Shard(groups[i], EntityIndexBuilder.People(groups[i]));
        }
        _last = shards;
        return Array.ConvertAll(shards, s => s.Forms);
    }

    // Within the process only: string hash codes differ between runs, and shards are never stored.
    private static int ShardOf(string personId) => (StringComparer.Ordinal.GetHashCode(personId) & int.MaxValue) % Count;

    private static bool SameNames(List<Person> before, List<Person> now)
    {
        if (before.Count != now.Count) return false;
        for (var i = 0; i < now.Count; i++)
        {
            if (!ReferenceEquals(before[i], now[i]) && (before[i].Id != now[i].Id || before[i].Name != now[i].Name)) return false;
        }
        return true;
    }

    private sealed record Shard(List<Person> People, NameForms Forms);
}
