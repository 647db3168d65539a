using System.Runtime.CompilerServices;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Questions.Inflection;
using Verkostot.Core.Questions.Text;

namespace Verkostot.Core.Questions.Entities;

/// <summary>Builds the parts of an <see cref="EntityIndex"/>: places, people's names, first names alone, titles.</summary>
internal sealed class EntityIndexBuilder(NameForms index)
{
    /// <summary>Networks, bodies, body kinds, seat regions, regions and municipalities.</summary>
    public static NameForms Places(NetworkCatalog catalog) => Built(b => b.AddPlaces(catalog));

    /// <summary>Full names and surnames of some people (a share of everyone, to rebuild only the share an edit touches).</summary>
    public static NameForms People(IEnumerable<Person> people) => Built(b =>
    {
        foreach (var person in people)
        {
            b.AddPerson(person);
        }
    });

    /// <summary>A first name alone ("kysy Iiralta") means someone only when no one else has it: built from everyone.</summary>
    public static NameForms FirstNames(IReadOnlyList<Person> people) => Built(b => b.AddFirstNames(people));

    public static NameForms Titles(IReadOnlyList<Person> people) => Built(b => b.AddTitles(people));

    private static NameForms Built(Action<EntityIndexBuilder> add)
    {
        var forms = new NameForms();
        add(new EntityIndexBuilder(forms));
        return forms;
    }

    private void AddPlaces(NetworkCatalog catalog)
    {
        foreach (var network in catalog.Networks)
        {
            AddNetwork(network);
        }

        foreach (var body in catalog.Bodies)
        {
            AddLocalized(body.Name, new EntityRef(EntityKind.Body, body.Id), fuzzy: false);
        }

        foreach (var (kind, finnish, other) in BodyKindWords.Table)
        {
            var entity = new EntityRef(EntityKind.BodyKind, kind.ToString());
            foreach (var word in finnish)
            {
                AddFinnish(TextNormalizer.NormalizeName(word), entity, fuzzy: true);
            }

            foreach (var word in other)
            {
                index.Add(TextNormalizer.NormalizeName(word), entity, fuzzy: false);
            }
        }

        foreach (var seat in catalog.Bodies.SelectMany(b => b.Terms).SelectMany(t => t.Seats).DistinctBy(s => s.RegionId))
        {
            AddLocalized(seat.RegionName, new EntityRef(EntityKind.SeatRegion, seat.RegionId), fuzzy: false);
        }

        foreach (var region in catalog.Regions)
        {
            AddLocalized(region.Name, new EntityRef(EntityKind.Maakunta, region.Id), fuzzy: true);
        }

        foreach (var municipality in catalog.Municipalities)
        {
            var entity = new EntityRef(EntityKind.Municipality, municipality.Id);
            AddFinnish(TextNormalizer.NormalizeName(municipality.NameFi), entity, fuzzy: true);
            AddSwedish(municipality.NameSv, entity);
        }
    }

    private void AddFirstNames(IReadOnlyList<Person> people)
    {
        // Each first name with the one person who has it, or null when more than one has.
        var owners = new Dictionary<string, Person?>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            var first = FirstNameOf(person);
            if (!owners.TryAdd(first, person)) owners[first] = null;
        }
        foreach (var (first, person) in owners)
        {
            if (person is null || first.Length < 4) continue;
            var entity = new EntityRef(EntityKind.Person, person.Id);
            foreach (var form in FinnishNameInflector.WordForms(first))
            {
                index.Add(form, entity, fuzzy: false);
            }
        }
    }

    /// <summary>
    /// A person's first name, normalized, kept with the person: catalog entities never change and a new snapshot hands on
    /// the people an edit left alone, so adding one person to 10 000 normalizes one name, not all of them again.
    /// </summary>
    private static string FirstNameOf(Person person)
    {
        if (NormalizedFirstNames.TryGetValue(person, out var known) && string.Equals(known.Name, person.Name, StringComparison.Ordinal)) return known.First;
        var first = TextNormalizer.NormalizeName(person.Name).Split(' ')[0];
        NormalizedFirstNames.AddOrUpdate(person, new NormalizedFirstName(person.Name, first));
        return first;
    }

    private static readonly ConditionalWeakTable<Person, NormalizedFirstName> NormalizedFirstNames = [];

    private sealed record NormalizedFirstName(string Name, string First);

    private void AddTitles(IReadOnlyList<Person> people)
    {
        foreach (var title in people.Select(p => p.Title).OfType<LocalizedText>().DistinctBy(t => t.Fi))
        {
            var entity = new EntityRef(EntityKind.Title, TextNormalizer.NormalizeName(title.Fi));
            AddFinnish(TextNormalizer.NormalizeName(title.Fi), entity, fuzzy: false);
            AddSwedish(title.Sv, entity);
            if (!string.IsNullOrWhiteSpace(title.En))
            {
                index.Add(TextNormalizer.NormalizeName(title.En), entity, fuzzy: false);
            }
        }
    }

    private void AddNetwork(Network network)
    {
        var entity = new EntityRef(EntityKind.Network, network.Id);
        var finnish = TextNormalizer.NormalizeName(network.Name.Fi);
        AddLocalized(network.Name, entity, fuzzy: true);
        if (finnish.EndsWith(" verkosto", StringComparison.Ordinal))
        {
            index.Add(finnish[..^" verkosto".Length], entity, fuzzy: false);
            index.AddFuzzyPhrase(finnish[..^" verkosto".Length], entity);
        }

        index.AddFuzzyPhrase(finnish, entity);

        foreach (var alias in NetworkAliases.For(finnish))
        {
            var normalized = TextNormalizer.NormalizeName(alias);
            if (normalized.EndsWith("verkosto", StringComparison.Ordinal))
            {
                AddFinnish(normalized, entity, fuzzy: true);
            }
            else
            {
                index.Add(normalized, entity, fuzzy: !normalized.Contains(' '));
                if (normalized.Contains(' '))
                {
                    index.AddFuzzyPhrase(normalized, entity);
                }

                if (!normalized.Contains(' '))
                {
                    // "seutukaupunki" also names the network in "seutukaupunkeja", "seutukaupungeista".
                    index.AddStem(normalized, entity);
                }
            }
        }
    }

    private void AddPerson(Person person)
    {
        var entity = new EntityRef(EntityKind.Person, person.Id);
        var name = TextNormalizer.NormalizeName(person.Name);
        var parts = name.Split(' ');
        if (parts.Length < 2)
        {
            AddFinnish(name, entity, fuzzy: true);
            return;
        }

        var first = string.Join(' ', parts[..^1]);
        var surnameForms = FinnishNameInflector.WordForms(parts[^1]);
        var firstForms = FinnishNameInflector.Forms(first);
        foreach (var surname in surnameForms)
        {
            index.Add(surname, entity, fuzzy: true);
            foreach (var firstForm in firstForms)
            {
                index.Add($"{firstForm} {surname}", entity, fuzzy: false);
            }
        }

        index.AddStem(parts[^1], entity);

        // Swedish genitive: "Herralas roll".
        index.Add(parts[^1].EndsWith('s') ? parts[^1] : parts[^1] + "s", entity, fuzzy: false);
        index.Add($"{name}s", entity, fuzzy: false);
    }

    private void AddLocalized(LocalizedText text, EntityRef entity, bool fuzzy)
    {
        AddFinnish(TextNormalizer.NormalizeName(text.Fi), entity, fuzzy);
        AddSwedish(text.Sv, entity);
        if (!string.IsNullOrWhiteSpace(text.En))
        {
            index.Add(TextNormalizer.NormalizeName(text.En), entity, fuzzy: false);
        }
    }

    /// <summary>Finnish names inflect in the last word; a hyphenated name is also written as one word (Itä-Suomi, itäsuomi).</summary>
    private void AddFinnish(string normalized, EntityRef entity, bool fuzzy)
    {
        foreach (var form in FinnishNameInflector.Forms(normalized))
        {
            index.Add(form, entity, fuzzy);
        }

        if (!normalized.Contains(' '))
        {
            index.AddStem(normalized, entity);
        }
        else if (normalized.Count(c => c == ' ') == 1)
        {
            foreach (var form in FinnishNameInflector.Forms(normalized.Replace(" ", string.Empty, StringComparison.Ordinal)))
            {
                index.Add(form, entity, fuzzy);
            }
        }
    }

    private void AddSwedish(string? name, EntityRef entity)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        var normalized = TextNormalizer.NormalizeName(name);
        index.Add(normalized, entity, fuzzy: false);
        index.Add(normalized.EndsWith('s') ? normalized : normalized + "s", entity, fuzzy: false);
    }
}
