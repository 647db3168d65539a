using Verkostot.Bot.Tests.Hosting;

namespace Verkostot.Bot.Tests.Configuration;

/// <summary>
/// Every required setting missing or malformed stops the real bot process before it touches anything: exit code 1,
/// one plain line naming the key and what it should hold, no stack trace, no database created. One process per key.
/// </summary>
[Trait("Category", "Process")]
public sealed class StartupSettingsTests : IDisposable
{
    private static readonly TimeSpan ExitLimit = TimeSpan.FromSeconds(90);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("verkostot-startup-");

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>
    /// Key, value (null: unset), the line expected, and a setting the case needs besides (<c>Key=Value</c>, or none):
    /// the PostgreSQL connection string is only read as one with <c>Storage:Provider=PostgreSql</c>.
    /// </summary>
    public static BadSettingsData BadSettings => new()
    {
        { "MicrosoftAppId", null, "MicrosoftAppId is required outside Development" },
        { "MicrosoftAppTenantId", null, "MicrosoftAppTenantId is required for a SingleTenant bot (the default MicrosoftAppType)" },
        { "MicrosoftAppTenantId", null, "MicrosoftAppTenantId is required for a UserAssignedMSI bot", "MicrosoftAppType=UserAssignedMSI" },
        { "MicrosoftAppType", "Tenantless", "MicrosoftAppType must be SingleTenant (the default), MultiTenant or UserAssignedMSI" },
        { "MicrosoftAppPassword", null, "MicrosoftAppPassword (the app's client secret) or MicrosoftAppCertificatePath (a PFX/PEM file) is required" },
        { "MicrosoftAppCertificatePath", "/nonexistent/verkostot.pfx", "MicrosoftAppCertificatePath must name a PFX or PEM file the bot can read; there is no file at /nonexistent/verkostot.pfx" },
        { "AuthorityHost", "http://login.example.fi/", "AuthorityHost must be an absolute https address of an Entra authority" },
        { "OpenIdMetadataUrl", "http://login.botframework.com/v1/.well-known/openidconfiguration", "OpenIdMetadataUrl must be an absolute https URL" },
        { "Verkostot:PublicBaseUrl", null, "Verkostot:PublicBaseUrl is required outside Development: the bot's public https address" },
        { "Verkostot:PublicBaseUrl", "verkostot.example.fi", "Verkostot:PublicBaseUrl must be an absolute https address such as https://verkostot.example.fi/" },
        { "Verkostot:PublicBaseUrl", "http://verkostot.example.fi/", "Verkostot:PublicBaseUrl must be an absolute https address" },
        { "Verkostot:LinkSigningKey", null, "Verkostot:LinkSigningKey is required outside Development: a random secret of at least 32 characters" },
        { "Verkostot:LinkSigningKey", "too-short", "Verkostot:LinkSigningKey must be at least 32 characters (it has 9)" },
        { "Storage:Provider", "Oracle", "Storage:Provider must be one of Sqlite, PostgreSql" },
        { "Storage:ConnectionString", "Data Sorce=verkostot.db", "Storage:ConnectionString is not a valid SQLite connection string" },
        { "Storage:ConnectionString", "", "Storage:ConnectionString is required: for SQLite e.g.", "Storage:Provider=PostgreSql" },
        { "Storage:ConnectionString", "Hots=db.example.fi;Database=verkostot", "Storage:ConnectionString is not a valid PostgreSQL (Npgsql) connection string", "Storage:Provider=PostgreSql" },
        { "Storage:ConnectionString", "Database=verkostot;Username=verkostot", "Storage:ConnectionString is not a valid PostgreSQL (Npgsql) connection string", "Storage:Provider=PostgreSql" },
        { "Meetings:CalendarLinkKey", new string('k', 40), "Meetings:CalendarLinkKey is no longer read: set Verkostot:LinkSigningKey instead" },
        { "Announcements:Reports:SigningKey", new string('k', 40), "Announcements:Reports:SigningKey is no longer read: set Verkostot:LinkSigningKey instead" },
        { "Connector:AttemptTimeout", "thirty seconds", "Connector:AttemptTimeout must be a time span such as 00:05:00" },
        { "Graph:BaseUrl", "graph.example.fi/v1.0", "Graph:BaseUrl must be an absolute http(s) URL" },
        { "Graph:BaseUrl", "ftp://127.0.0.1/v1.0", "Graph:BaseUrl must be an absolute http(s) URL" },
        { "Graph:AuthorityHost", "http://login.example.fi/", "Graph:AuthorityHost must be an absolute https address" },
        { "Email:Mailbox", "verkostot", "Email:Mailbox must be an e-mail address (or empty to keep e-mail off)" },
        { "OutlookMeetings:OrganizerMailbox", "kokoukset", "OutlookMeetings:OrganizerMailbox must be an e-mail address (or empty to keep Outlook meetings off)" },
        { "ProactiveInstallation:TeamsAppId", "verkostot-bot", "ProactiveInstallation:TeamsAppId must be the app catalog id (a GUID)" },
        { "OTEL_EXPORTER_OTLP_ENDPOINT", "collector", "OTEL_EXPORTER_OTLP_ENDPOINT must be an absolute URL" },
        { "APPLICATIONINSIGHTS_CONNECTION_STRING", "https://westeurope.in.applicationinsights.azure.com/",
            "APPLICATIONINSIGHTS_CONNECTION_STRING must be an Application Insights connection string" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task Start_OneSettingMissingOrMalformed_ExitsWithOneLineNamingIt(string key, string? value, string expected, string? besides)
    {
        var settings = ProductionSettings.In(_folder.FullName);
        if (besides is not null)
        {
            var other = besides.Split('=', 2);
            settings[other[0]] = other[1];
        }
        settings[key] = value;

        await using var bot = BotProcess.Start(settings, _folder.FullName);

        Assert.Equal(1, await bot.ExitCodeAsync(ExitLimit));
        var problems = Problems(bot);
        var problem = Assert.Single(problems);
        Assert.StartsWith(key + " ", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem);
        Assert.DoesNotContain("   at ", bot.StandardError);
        Assert.False(File.Exists(ProductionSettings.DatabaseFile(_folder.FullName)), "the database was touched before the settings were checked");
    }

    [Fact]
    public async Task Start_NothingConfiguredInProduction_ListsEveryProblemAtOnce()
    {
        await using var bot = BotProcess.Start(new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Production" }, _folder.FullName);

        Assert.Equal(1, await bot.ExitCodeAsync(ExitLimit));
        var problems = Problems(bot);
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("MicrosoftAppId is required", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Verkostot:PublicBaseUrl is required", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Verkostot:LinkSigningKey is required", StringComparison.Ordinal));
        Assert.StartsWith("Verkostot.Bot did not start: fix these 3 things", bot.ErrorLines[0]);
        Assert.DoesNotContain("   at ", bot.StandardError);
    }

    [Fact]
    public async Task Start_SeveralBadSettings_ListsEachOnItsOwnLine()
    {
        var settings = ProductionSettings.In(_folder.FullName);
        settings["MicrosoftAppTenantId"] = null;
        settings["AuthorityHost"] = "http://login.example.fi/";
        settings["Verkostot:LinkSigningKey"] = "short";
        settings["Connector:AttemptTimeout"] = "soon";
        settings["Connector:TotalTimeout"] = "later";

        await using var bot = BotProcess.Start(settings, _folder.FullName);

        Assert.Equal(1, await bot.ExitCodeAsync(ExitLimit));
        var problems = Problems(bot);
        Assert.Equal(5, problems.Count);
        foreach (var key in new[] { "MicrosoftAppTenantId", "AuthorityHost", "Verkostot:LinkSigningKey", "Connector:AttemptTimeout", "Connector:TotalTimeout" })
        {
            Assert.Single(problems, p => p.StartsWith(key + " ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Start_CompleteProductionSettings_Starts()
    {
        await using var bot = BotProcess.Start(ProductionSettings.In(_folder.FullName), _folder.FullName);

        await bot.WaitUntilListeningAsync(ExitLimit);

        Assert.Empty(Problems(bot));
    }

    /// <summary>The problem lines: what follows the one header line.</summary>
    private static List<string> Problems(BotProcess bot) =>
        [.. bot.ErrorLines.SkipWhile(l => !l.StartsWith("Verkostot.Bot did not start", StringComparison.Ordinal)).Skip(1)];

    /// <summary>The rows of <see cref="BadSettings"/>; most need no other setting, so three values make a row.</summary>
    public sealed class BadSettingsData : TheoryData<string, string?, string, string?>
    {
        public void Add(string key, string? value, string expected) => Add(key, value, expected, null);
    }
}
