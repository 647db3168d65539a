using Verkostot.Core.Catalog;
using Verkostot.Core.Conversations;
using Verkostot.Core.Domain;
using Verkostot.Core.Messaging;

namespace Verkostot.Core.Tests.Messaging;

/// <summary>
/// Which language a reminder is written in: the language set for the person, else their Swedish or Finnish Teams
/// locale, else their municipality's if Swedish-only, else Finnish.
/// </summary>
public sealed class RecipientLanguageTests
{
    private static readonly Municipality Finnish = new() { Id = "isojoki", NameFi = "Isojoki", Language = MunicipalityLanguage.Finnish };
    private static readonly Municipality Bilingual = new() { Id = "kristiinankaupunki", NameFi = "Kristiinankaupunki", NameSv = "Kristinestad", Language = MunicipalityLanguage.BilingualSwedishMajority };
    private static readonly Municipality SwedishOnly = new() { Id = "maarianhamina", NameFi = "Maarianhamina", NameSv = "Mariehamn", Language = MunicipalityLanguage.Swedish };

    [Fact]
    public void Choose_SwedishLocale_SwedishEvenInFinnishMunicipality() =>
        Assert.Equal(Language.Swedish, RecipientLanguage.Choose("sv-FI", Finnish));

    [Fact]
    public void Choose_FinnishLocale_FinnishEvenInSwedishOnlyMunicipality() =>
        Assert.Equal(Language.Finnish, RecipientLanguage.Choose("fi-FI", SwedishOnly));

    [Fact]
    public void Choose_EnglishLocale_FinnishTheNetworksLanguage() =>
        Assert.Equal(Language.Finnish, RecipientLanguage.Choose("en-US", Finnish));

    [Fact]
    public void Choose_EnglishLocaleSwedishOnlyMunicipality_Swedish() =>
        Assert.Equal(Language.Swedish, RecipientLanguage.Choose("en-GB", SwedishOnly));

    [Fact]
    public void Choose_NoLocaleSwedishOnlyMunicipality_Swedish() =>
        Assert.Equal(Language.Swedish, RecipientLanguage.Choose(null, SwedishOnly));

    [Fact]
    public void Choose_LocaleTheBotDoesNotSpeak_FallsBackToMunicipality() =>
        Assert.Equal(Language.Swedish, RecipientLanguage.Choose("de-DE", SwedishOnly));

    [Fact]
    public void Choose_NoLocaleBilingualMunicipality_Finnish() =>
        Assert.Equal(Language.Finnish, RecipientLanguage.Choose(null, Bilingual));

    [Fact]
    public void Choose_NothingKnown_Finnish() =>
        Assert.Equal(Language.Finnish, RecipientLanguage.Choose(null, null));

    [Fact]
    public async Task OfAsync_PersonalChatHasLocale_ThatLanguage()
    {
        var references = new PersonalChats { ["aad-anna"] = "sv-FI" };
        var person = new Person { Id = "anna", Name = "Anna", EntraObjectId = "aad-anna", MunicipalityId = Finnish.Id };
        Assert.Equal(Language.Swedish, await new RecipientLanguage(references).OfAsync(person, CatalogWith(Finnish), CancellationToken.None));
    }

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.Finnish)]
    public async Task OfAsync_LanguageSetForThePerson_ThatLanguageWhateverTeamsSays(Language chosen)
    {
        var references = new PersonalChats { ["aad-anna"] = "sv-FI" };
        var person = new Person { Id = "anna", Name = "Anna", EntraObjectId = "aad-anna", MunicipalityId = SwedishOnly.Id, Language = chosen };
        Assert.Equal(chosen, await new RecipientLanguage(references).OfAsync(person, CatalogWith(SwedishOnly), CancellationToken.None));
    }

    [Fact]
    public async Task OfAsync_NoPersonalChat_MunicipalityDecides()
    {
        var person = new Person { Id = "anna", Name = "Anna", EntraObjectId = "aad-anna", MunicipalityId = SwedishOnly.Id };
        Assert.Equal(Language.Swedish, await new RecipientLanguage(new PersonalChats()).OfAsync(person, CatalogWith(SwedishOnly), CancellationToken.None));
    }

    [Fact]
    public async Task OfAsync_NoEntraIdUnknownMunicipality_Finnish()
    {
        var person = new Person { Id = "anna", Name = "Anna", MunicipalityId = "nowhere" };
        Assert.Equal(Language.Finnish, await new RecipientLanguage(new PersonalChats()).OfAsync(person, CatalogWith(SwedishOnly), CancellationToken.None));
    }

    private static NetworkCatalog CatalogWith(Municipality municipality) =>
        NetworkCatalog.Create(CatalogContent.Empty with { Municipalities = [municipality] });

    /// <summary>1:1 chats by Entra id, with the locale each was last seen in.</summary>
    private sealed class PersonalChats : Dictionary<string, string>, IConversationReferenceStore
    {
        public Task<ConversationReference?> FindPersonalAsync(string aadObjectId, CancellationToken cancellationToken) =>
            Task.FromResult(TryGetValue(aadObjectId, out var locale)
                ? new ConversationReference { ConversationId = $"a:{aadObjectId}", ConversationType = "personal", ServiceUrl = "https://smba.example.invalid/", ChannelId = "msteams", UserAadObjectId = aadObjectId, Locale = locale }
                : null);

        public Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task RemoveAsync(string conversationId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ConversationReference?> FindInTeamAsync(string teamId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ConversationReference?> FindAnyInTenantAsync(string? tenantId, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
