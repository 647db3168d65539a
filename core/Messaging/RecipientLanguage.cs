using Verkostot.Core.Catalog;
using Verkostot.Core.Conversations;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Core.Messaging;

/// <summary>
/// The language to write to one person in, unasked. A language a coordinator set for the person decides. Without one,
/// the best sign is the locale of their Teams client, last seen in their 1:1 chat with the bot: Swedish or Finnish Teams decides.
/// English Teams does not: many Finnish managers run Teams in English and still work in Finnish, and the meetings'
/// agendas are Finnish. Otherwise someone from a Swedish-only municipality (Åland) is written to in Swedish, everyone
/// else in Finnish, the networks' working language. Bilingual municipalities do not decide: their managers work in
/// Finnish as often as in Swedish. Questions are another matter: they are answered in the language they are asked in.
/// </summary>
public sealed class RecipientLanguage(IConversationReferenceStore references)
{
    public async Task<Language> OfAsync(Person person, NetworkCatalog catalog, CancellationToken cancellationToken)
    {
        if (person.Language is { } chosen) return chosen;
        var chat = person.EntraObjectId is { } aad ? await references.FindPersonalAsync(aad, cancellationToken) : null;
        return Choose(chat?.Locale, person.MunicipalityId is { } id ? catalog.MunicipalitiesById.GetValueOrDefault(id) : null);
    }

    public static Language Choose(string? locale, Municipality? municipality) => LocaleLanguage.Find(locale) switch
    {
        Language.Swedish => Language.Swedish,
        Language.Finnish => Language.Finnish,
        _ => municipality?.Language == MunicipalityLanguage.Swedish ? Language.Swedish : Language.Finnish,
    };
}
