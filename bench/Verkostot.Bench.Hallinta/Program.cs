using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Core.Announcements;
using Verkostot.Core.Catalog;
using Verkostot.Core.Messaging;
using Verkostot.Core.Questions;
using Verkostot.Core.Storage;
using Verkostot.Core.Time;
using Verkostot.Testing.Graph;
using Verkostot.Testing.Tokens;

namespace Verkostot.Bench.Hallinta;

internal static class HallintaBench
{
    /// <param name="args">Words of the lines to run (e.g. "Vienti Tuonti"); none runs every line.</param>
    public static async Task<int> Main(string[] args)
    {
        // The coordinator web app under load of data: 200 networks, 10 000 people. Every page and every save is asked for
        // 200 times in a row (after 20 warm-up requests) by a coordinator, or by an administrator where only one may (the
        // network list, the data page, import and export, work across networks); what follows an edit (the next page,
        // the next question) is timed too, and so are the sign-ins. Target: p95 ≤ 100 ms for every page and save.
        const int WarmUp = 20;
        const int Measured = 200;
        const double Target = 100;
        // The import and export of the whole data each take a file of megabytes: fewer rounds, after the same warm-up as
        // the pages (with 2 warm-up requests and 20 rounds, most of what was measured was code still being compiled:
        // the process's tiered compilation went on for about 25 s into the previews).
        const int ImportRounds = 100;

        var folder = Directory.CreateTempSubdirectory("verkostot-bench-hallinta-").FullName;
        // "Synkronoi nyt" reads the network's Team group from a Graph fake; Teams single sign-on checks tokens against
        // an Entra fake's keys. Both on 127.0.0.1.
        await using var graph = await FakeGraph.StartAsync();
        var entraKey = TestTokensKey.Generate("bench-entra-key");
        await using var entra = await FakeOpenIdServer.StartAsync(entraKey);
        const string PublicHost = "verkostot.example.org";
        await using var host = new BenchHost(Path.Combine(folder, "bench.db"), new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = graph.BaseUrl,
            ["AzureAd:Instance"] = entra.EntraInstance,
            ["AzureAd:TenantId"] = TestTokens.TenantId,
            ["AzureAd:ClientId"] = TestTokens.AppId,
            ["Hallinta:PublicHost"] = PublicHost,
            ["Verkostot:AllowedTenants:0"] = TestTokens.TenantId,
        });
        host.Start();
        var contexts = host.Services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>();
        var seeding = System.Diagnostics.Stopwatch.StartNew();
        await BenchData.SeedAsync(contexts, DateTimeOffset.UtcNow);
        host.Services.GetRequiredService<ICatalogSource>().Invalidate();
        var network = BenchData.NetworkId(17);
        var announcementId = await SendAnnouncementAsync(host.Services, network, recipients: 150);
        Console.WriteLine($"Seeded {BenchData.Networks} networks, {BenchData.Networks * BenchData.PeoplePerNetwork} people in {seeding.Elapsed.TotalSeconds:0.0} s");
        // The network's Team: its people in the group (those on the roster but out of the Team are not) under their own accounts.
        graph.SetMembers($"group-17", Enumerable.Range(0, BenchData.PeoplePerNetwork).Where(p => p % 10 != 5)
            .Select(p => new FakeUser($"aad-17-{p}", $"Henkilö 017/{p:00}", $"henkilo.17.{p}@example.org")));

        using var coordinator = await SignInAsync(host.BaseAddress, BenchData.CoordinatorId(17), administrator: false);
        using var administrator = await SignInAsync(host.BaseAddress, BenchData.CoordinatorId(3), administrator: true);
        var meetingIds = await contexts.CreateDbContext().Meetings.Where(m => m.NetworkId == network).Select(m => m.Id).ToListAsync();
        var comingMeeting = (await contexts.CreateDbContext().Meetings.Where(m => m.NetworkId == network).ToListAsync())
            .Where(m => m.StartsAt > DateTimeOffset.UtcNow.AddDays(2)).OrderBy(m => m.StartsAt).First();
        var token = await AntiforgeryAsync(coordinator, $"/hallinta/{network}/kokoukset/{comingMeeting.Id}");
        var adminToken = await AntiforgeryAsync(administrator, "/hallinta/tiedot");
        var bodyId = $"{network}-pj";
        var newTermPath = $"/hallinta/{network}/toimielimet/{bodyId}/uusi-kausi";
        var currentTermId = await contexts.CreateDbContext().Terms.Where(t => t.BodyId == bodyId).MaxAsync(t => t.Id);
        var factsForm = FormFields.Of(await coordinator.GetStringAsync($"/hallinta/{network}"), "Form.Residents");
        var personForm = FormFields.Of(await coordinator.GetStringAsync($"/hallinta/{network}/henkilot/{Person(5)}"), "Form.Name");
        var newMeetingForm = FormFields.Of(await coordinator.GetStringAsync($"/hallinta/{network}/kokoukset/uusi"), "Form.Date");

        HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);
        (string Name, HttpClient Client, Func<int, HttpRequestMessage> Request)[] pages =
        [
            ("Verkostot (administrator, 200 networks)", administrator, _ => Get("/hallinta")),
            ("Verkosto", coordinator, _ => Get($"/hallinta/{network}")),
            ("Kokoukset", coordinator, _ => Get($"/hallinta/{network}/kokoukset")),
            ("Kokous", coordinator, i => Get($"/hallinta/{network}/kokoukset/{meetingIds[i % meetingIds.Count]}")),
            ("Lisää kokous", coordinator, _ => Get($"/hallinta/{network}/kokoukset/uusi")),
            ("Tiedotteet", coordinator, _ => Get($"/hallinta/{network}/tiedotteet")),
            ("Tiedote (150 recipients)", coordinator, _ => Get($"/hallinta/{network}/tiedotteet/{announcementId}")),
            ("Jäsenlista", coordinator, _ => Get($"/hallinta/{network}/jasenlista")),
            ("Tietosuoja", coordinator, _ => Get("/tietosuoja")),
            ("Kokouksen muokkaus (POST)", coordinator, i => EditMeeting(comingMeeting, i)),
            ("Käyttöehdot", coordinator, _ => Get("/kayttoehdot")),
            ("Henkilöt", coordinator, _ => Get($"/hallinta/{network}/henkilot")),
            ("Henkilöhaku (among 10 000 people)", coordinator, i => Get($"/hallinta/{network}/henkilot?haku=henkil%C3%B6%20017%2F{i % 5}")),
            ("Henkilö", coordinator, i => Get($"/hallinta/{network}/henkilot/{Person(5 + i % 40)}")),
            ("Lisää henkilö", coordinator, _ => Get($"/hallinta/{network}/henkilot/uusi")),
            ("Yhdistämisen esikatselu", coordinator, i => Get($"/hallinta/{network}/henkilot/{Person(6)}/yhdista?kaksoiskappale={Person(7 + i % 10)}")),
            ("Toimielimet", coordinator, _ => Get($"/hallinta/{network}/toimielimet")),
            ("Uusi kausi (form)", coordinator, _ => Get(newTermPath)),
            ("Kausi", coordinator, _ => Get($"/hallinta/{network}/toimielimet/{bodyId}/kausi/{currentTermId}")),
            ("Muutokset (change log)", coordinator, _ => Get($"/hallinta/{network}/muutokset")),
            ("Kysymykset", coordinator, _ => Get($"/hallinta/{network}/kysymykset")),
            ("Tiedote: report", coordinator, _ => Get($"/hallinta/{network}/tiedotteet/{announcementId}?handler=Report")),
            ("Tiedote: CSV (150 recipients)", coordinator, _ => Get($"/hallinta/{network}/tiedotteet/{announcementId}?handler=Csv")),
            ("Tiedot (administrator)", administrator, _ => Get("/hallinta/tiedot")),
            ("Verkoston tiedot (POST)", coordinator, i => Post($"/hallinta/{network}", Changed(factsForm, ("Form.Residents", $"{250_000 + i % 2}")), token)),
            ("Henkilön muokkaus (POST)", coordinator, i => Post($"/hallinta/{network}/henkilot/{Person(5)}", Changed(personForm, ("Form.TitleFi", $"Hyvinvointikoordinaattori {i}")), token)),
            ("Lisää henkilö (POST)", coordinator, i => Post($"/hallinta/{network}/henkilot/uusi", new()
            {
                ["Form.Name"] = $"Uusi Henkilö{i:000}",
                ["Form.TitleFi"] = "kehittämispäällikkö",
                ["Form.Email"] = $"uusi.{i}@example.org",
            }, token)),
            ("Lisää kokous (POST)", coordinator, i => Post($"/hallinta/{network}/kokoukset/uusi", Changed(newMeetingForm,
                ("Form.Date", HelsinkiTime.Today(TimeProvider.System).AddDays(200 + i).ToString("yyyy-MM-dd")), ("Form.Time", "13:00"), ("Form.Place", "Lisätty"),
                ("Form.Agenda", "Ajankohtaista")), token)),
        ];

        var figures = new List<PageFigures>();
        Console.WriteLine($"{"page",-50} {"p50 ms",8} {"p95 ms",8} {"max ms",8}  {"p95≤" + Target,5} {"CPU ms",7} {"alloc kB",9} {"queries",7}  (CPU, allocations and queries per request)");
        foreach (var (name, client, request) in pages.Where(p => Wanted(p.Name)))
        {
            Record(await PageTimer.TimeAsync(client, name, request, WarmUp, Measured));
        }
        // Right after an edit the catalog takes the change in: the next page and the next question pay for that.
        if (Wanted("Kokoukset right after each edit")) Record(await EditThenListAsync());
        var answering = host.Services.GetRequiredService<QuestionAnswering>();
        var question = new Question("milloin on seuraava kokous", "fi-FI", network);
        await RecordAfterEachAsync("Question right after a meeting edit", async i => (await coordinator.SendAsync(EditMeeting(comingMeeting, i))).Dispose(),
            async () => await answering.AnswerAsync(question, CancellationToken.None));
        // A person saved (as the People page will): 10 000 people re-indexed for questions, off the request path.
        await RecordAfterEachAsync("Kokoukset right after a person edit", EditPersonAsync,
            async () => (await coordinator.GetAsync($"/hallinta/{network}/kokoukset")).Dispose());
        await RecordAfterEachAsync("Question right after a person edit", EditPersonAsync,
            async () => await answering.AnswerAsync(new Question("kuka on puheenjohtaja", "fi-FI", network), CancellationToken.None));
        await RecordAfterEachAsync("Henkilöt right after a person edit", EditPersonAsync,
            async () => await SendAsync(coordinator, Get($"/hallinta/{network}/henkilot")));
        var renamed = "";
        await RecordAfterEachAsync("Question right after a rename", i => RenamePersonAsync(renamed = $"Nimetty{i:000} Henkilö"),
            async () => await answering.AnswerAsync(new Question($"kuka on {renamed}", "fi-FI", network), CancellationToken.None));

        // "Uusi kausi" and removing a term entered by mistake, each timed with the other done (untimed) in between.
        var termForm = new Dictionary<string, string>();
        await RecordAfterEachAsync("Uusi kausi (POST)", async i =>
        {
            if (i > 0) await RemoveNewestTermAsync();
            termForm = FormFields.Of(await coordinator.GetStringAsync(newTermPath), "Form.Start");
        }, async () => await SendAsync(coordinator, Post(newTermPath, termForm, token), HttpStatusCode.Redirect));
        if (Wanted("Uusi kausi (POST)")) await RemoveNewestTermAsync();
        await RecordAfterEachAsync("Kauden poisto (POST)", async _ =>
            await SendAsync(coordinator, Post(newTermPath, FormFields.Of(await coordinator.GetStringAsync(newTermPath), "Form.Start"), token), HttpStatusCode.Redirect),
            RemoveNewestTermAsync);

        // "Synkronoi nyt": the Team's group read through Graph (in full the first time, then its changes) and the roster
        // brought in step, the page shown with the outcome.
        if (Wanted("Synkronoi nyt (POST)"))
        {
            var synced = await SendAsync(coordinator, Post($"/hallinta/{network}/jasenlista?handler=Sync", [], token));
            if (!synced.Contains("class=\"notice\" role=\"status\"", StringComparison.Ordinal)) throw new InvalidOperationException("Synkronoi nyt did not sync");
            Record(await PageTimer.TimeAsync(coordinator, "Synkronoi nyt (POST)", _ => Post($"/hallinta/{network}/jasenlista?handler=Sync", [], token), WarmUp, Measured, HttpStatusCode.OK));
        }

        // Two people with Teams accounts of their own are neither merged nor linked: the duplicates to merge and the people
        // to link Team members to have none.
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await db.People.Where(p => p.Id.EndsWith("-henkilo-21") || p.Id.EndsWith("-henkilo-22") || p.Id.EndsWith("-henkilo-23") || p.Id.EndsWith("-henkilo-24"))
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.EntraObjectId, (string?)null));
        }
        var added = await contexts.CreateDbContext().Meetings.Where(m => m.NetworkId == network && m.Place == "Lisätty").Select(m => m.Id).ToListAsync();
        var questionIds = await contexts.CreateDbContext().Set<Verkostot.Core.Questions.Unanswered.UnansweredQuestion>()
            .Where(q => q.NetworkId == network).OrderBy(q => q.Id).Select(q => q.Id).ToListAsync();
        (string Name, HttpClient Client, Func<int, HttpRequestMessage> Request)[] saves =
        [
            ("Kokouksen peruminen (POST)", coordinator, i => Post($"/hallinta/{network}/kokoukset/{added[i]}?handler=Cancel", new() { ["vahvista"] = "true" }, token)),
            // An administrator, through the 200 networks: two of each network's four unmatched Team members kept as new,
            // the other two linked to a person of the network.
            ("Jäsenlista: pidä uutena (POST)", administrator, i => Post($"{RosterOf(i)}?handler=Keep", new()
            {
                ["jasen"] = $"{BenchData.NetworkId(i % BenchData.Networks)}-henkilo-{BenchData.PeoplePerNetwork - BenchData.UnmatchedPerNetwork + i / BenchData.Networks:00}",
                ["organisaatio"] = "Kuntaliitto",
            }, adminToken)),
            ("Jäsenlista: yhdistä henkilöön (POST)", administrator, i => Post($"{RosterOf(i)}?handler=Link", new()
            {
                ["jasen"] = $"{BenchData.NetworkId(i % BenchData.Networks)}-henkilo-{BenchData.PeoplePerNetwork - 2 + i / BenchData.Networks:00}",
                ["henkilo"] = $"{BenchData.NetworkId(i % BenchData.Networks)}-henkilo-{23 + i / BenchData.Networks:00}",
            }, adminToken)),
            ("Yhdistäminen (POST)", administrator, i => Post($"/hallinta/{BenchData.NetworkId(i % BenchData.Networks)}/henkilot/{BenchData.NetworkId(i % BenchData.Networks)}-henkilo-20/yhdista", new()
            {
                ["kaksoiskappale"] = $"{BenchData.NetworkId(i % BenchData.Networks)}-henkilo-{21 + i / BenchData.Networks:00}",
            }, adminToken)),
            // Each marks a question and its other asking (the same words in the network).
            ("Kysymys: vastattu tietomuutoksella (POST)", coordinator, i => Post($"/hallinta/{network}/kysymykset?handler=Answered&id={questionIds[i % questionIds.Count]}", [], token)),
            ("Kysymys: ei kuulu botille (POST)", coordinator, i => Post($"/hallinta/{network}/kysymykset?handler=OutOfScope&id={questionIds[i % questionIds.Count]}", [], token)),
        ];
        foreach (var (name, client, request) in saves.Where(s => Wanted(s.Name)))
        {
            if (name == "Kokouksen peruminen (POST)" && added.Count < WarmUp + Measured)
            {
                Console.WriteLine($"{name,-50} not measured: it cancels the meetings \"Lisää kokous (POST)\" adds");
                continue;
            }
            Record(await PageTimer.TimeAsync(client, name, request, WarmUp, Measured));
        }

        // Signing in: the sign-in page and the developer sign-in (Development only) as someone not signed in, and Teams
        // single sign-on with a token the tab got from Teams (minted beforehand: minting is the client's work).
        using var visitor = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        (string Name, HttpClient Client, Func<int, HttpRequestMessage> Request)[] signInPages =
        [
            ("Kirjautuminen (sign-in page)", visitor, _ => Get("/hallinta/kirjaudu")),
            ("Kehittäjän kirjautuminen (page, 10 000 people)", visitor, _ => Get("/hallinta/kirjaudu/kehittaja")),
        ];
        foreach (var (name, client, request) in signInPages.Where(p => Wanted(p.Name)))
        {
            Record(await PageTimer.TimeAsync(client, name, request, WarmUp, Measured));
        }
        HttpClient? signingIn = null;
        var signInToken = "";
        await RecordAfterEachAsync("Kehittäjän kirjautuminen (POST)", async _ =>
        {
            signingIn?.Dispose();
            signingIn = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
            signInToken = await AntiforgeryAsync(signingIn, "/hallinta/kirjaudu/kehittaja");
        }, async () => await SendAsync(signingIn!, Post("/hallinta/kirjaudu/kehittaja", new() { ["henkilo"] = BenchData.CoordinatorId(17) }, signInToken), HttpStatusCode.Redirect));
        signingIn?.Dispose();
        if (Wanted("Teams SSO (POST)"))
        {
            var ssoTokens = Enumerable.Range(0, WarmUp + Measured).Select(_ => SsoToken("aad-17-0")).ToList();
            Record(await PageTimer.TimeAsync(visitor, "Teams SSO (POST)", i =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, "/hallinta/kirjaudu/teams");
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ssoTokens[i]);
                return request;
            }, WarmUp, Measured, HttpStatusCode.NoContent));
        }

        // The whole data (200 networks, 10 000 people) exported, previewed as an upload and applied with one change.
        if (Wanted("Vienti (export, whole data)")) Record(await PageTimer.TimeAsync(administrator, "Vienti (export, whole data)", _ => Get("/hallinta/tiedot?handler=Export"), WarmUp, ImportRounds));
        // The file is kept per catalog snapshot: the line above serves it as kept. After a save the sections of the lists the
        // save replaced are written again, for a person's the 10 000 people.
        await RecordAfterEachAsync("Vienti right after a person edit", EditPersonAsync, async () =>
        {
            using var response = await administrator.SendAsync(Get("/hallinta/tiedot?handler=Export"), HttpCompletionOption.ResponseHeadersRead);
            await (await response.Content.ReadAsStreamAsync()).CopyToAsync(Stream.Null);
            response.EnsureSuccessStatusCode();
        }, ImportRounds, WarmUp);
        var export = await administrator.GetByteArrayAsync("/hallinta/tiedot?handler=Export");
        var previewLine = $"Tuonnin esikatselu (POST, {export.Length / 1024} kB file)";
        if (Wanted(previewLine)) Record(await PageTimer.TimeAsync(administrator, previewLine, _ => Upload(export), WarmUp, ImportRounds, HttpStatusCode.OK));
        // The usual upload is not the export as it was: a coordinator has changed a few people in it. Twenty names, one in
        // every tenth network, so that the people are compared as a changed kind, not paired in place as an unchanged one.
        var editedLine = $"Tuonnin esikatselu, 20 people changed (POST, {export.Length / 1024} kB)";
        if (Wanted(editedLine))
        {
            var edited = TwentyPeopleRenamed(export);
            Record(await PageTimer.TimeAsync(administrator, editedLine, _ => Upload(edited), WarmUp, ImportRounds, HttpStatusCode.OK));
        }
        var apply = new Dictionary<string, string>();
        try
        {
            await RecordAfterEachAsync("Tuonti (apply POST, one change)", async i =>
            {
                // The first network's name (plain ASCII, so the same however the file escapes letters) changed.
                var text = System.Text.Encoding.UTF8.GetString(export);
                var at = text.IndexOf("\"Verkosto 000\"", StringComparison.Ordinal);
                var changed = System.Text.Encoding.UTF8.GetBytes(text[..at] + $"\"Verkosto 000 ({i})\"" + text[(at + "\"Verkosto 000\"".Length)..]);
                var preview = await SendAsync(administrator, Upload(changed));
                if (!preview.Contains("name=\"tunniste\"", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException(preview.Contains("Tiedostossa on virheitä", StringComparison.Ordinal) ? "the preview found errors in the file" : "the preview offers nothing to apply");
                }
                apply = FormFields.Of(preview, "tunniste");
                apply["__RequestVerificationToken"] = adminToken;
            }, async () => await SendAsync(administrator, Post("/hallinta/tiedot?handler=Apply", apply, adminToken)), ImportRounds, WarmUp);
        }
        catch (InvalidOperationException exception)
        {
            // A file the preview refuses (or finds nothing in) leaves nothing to apply: the line says so instead of stopping the run.
            Console.WriteLine($"{"Tuonti (apply POST, one change)",-50} not measured: {exception.Message}");
        }

        Console.WriteLine($"{Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        await host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return figures.All(f => f.P95 <= Target) ? 0 : 1;

        HttpRequestMessage EditMeeting(Verkostot.Core.Domain.Meeting meeting, int i)
        {
            var start = HelsinkiTime.ToLocal(meeting.StartsAt).AddMinutes(i % 2 == 0 ? 30 : 0);
            return new HttpRequestMessage(HttpMethod.Post, $"/hallinta/{network}/kokoukset/{meeting.Id}?handler=Save")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Form.Date"] = start.ToString("yyyy-MM-dd"),
                    ["Form.Time"] = start.ToString("HH:mm"),
                    ["Form.Place"] = $"Kuntatalo {i}",
                    ["Form.Agenda"] = "Ajankohtaista\nMuut asiat",
                    ["__RequestVerificationToken"] = token,
                }),
            };
        }

        async Task<PageFigures> EditThenListAsync()
        {
            var times = new double[Measured];
            var work = (CpuMs: 0.0, AllocatedKb: 0.0, Commands: 0.0);
            for (var i = 0; i < Measured; i++)
            {
                (await coordinator.SendAsync(EditMeeting(comingMeeting, WarmUp + Measured + i))).Dispose();
                var start = ServerWork.Process.Now();
                var watch = System.Diagnostics.Stopwatch.StartNew();
                using var response = await coordinator.GetAsync($"/hallinta/{network}/kokoukset");
                await response.Content.ReadAsByteArrayAsync();
                times[i] = watch.Elapsed.TotalMilliseconds;
                work = Add(work, ServerWork.Process.Since(start, Measured));
            }
            return PageTimer.Figures("Kokoukset right after each edit", times, work);
        }

        async Task EditPersonAsync(int i)
        {
            await using var db = await contexts.CreateDbContextAsync();
            var person = await db.People.SingleAsync(p => p.Id == BenchData.CoordinatorId(17));
            person.Title = new Verkostot.Core.Domain.LocalizedText($"Kehittämispäällikkö {i}");
            await db.SaveChangesAsync();
        }

        bool Wanted(string line) => args.Length == 0 || args.Any(word => line.Contains(word, StringComparison.OrdinalIgnoreCase));

        string RosterOf(int i) => $"/hallinta/{BenchData.NetworkId(i % BenchData.Networks)}/jasenlista";

        string SsoToken(string objectId) => TestTokens.Mint(entraKey, DateTimeOffset.UtcNow, new TestTokensSpec
        {
            Issuer = $"{entra.EntraInstance}{TestTokens.TenantId}/v2.0",
            Audience = $"api://{PublicHost}/{TestTokens.AppId}",
            ServiceUrl = null,
            ExtraClaims = new Dictionary<string, object> { ["tid"] = TestTokens.TenantId, ["oid"] = objectId, ["name"] = "Henkilö 017/00", ["ver"] = "2.0", ["scp"] = "access_as_user" },
        });

        // warmUp rounds (change and timed part alike) go first, unmeasured: without them the apply's first rounds were
        // code still being compiled (p95 48-112 ms over four runs of the same code).
        async Task RecordAfterEachAsync(string name, Func<int, Task> change, Func<Task> timed, int rounds = Measured, int warmUp = 0)
        {
            if (Wanted(name)) Record(await AfterEachAsync(name, change, timed, rounds, warmUp));
        }

        async Task<PageFigures> AfterEachAsync(string name, Func<int, Task> change, Func<Task> timed, int rounds = Measured, int warmUp = 0)
        {
            for (var i = 0; i < warmUp; i++)
            {
                await change(i);
                await timed();
            }
            var times = new double[rounds];
            var work = (CpuMs: 0.0, AllocatedKb: 0.0, Commands: 0.0);
            for (var i = 0; i < rounds; i++)
            {
                await change(warmUp + i);
                var start = ServerWork.Process.Now();
                var watch = System.Diagnostics.Stopwatch.StartNew();
                await timed();
                times[i] = watch.Elapsed.TotalMilliseconds;
                work = Add(work, ServerWork.Process.Since(start, rounds));
            }
            return PageTimer.Figures(name, times, work);
        }

        // The timed part's share only: work the change set off in the background before it is not counted.
        static (double CpuMs, double AllocatedKb, double Commands) Add((double CpuMs, double AllocatedKb, double Commands) sum, (double CpuMs, double AllocatedKb, double Commands) part) =>
            (sum.CpuMs + part.CpuMs, sum.AllocatedKb + part.AllocatedKb, sum.Commands + part.Commands);

        // Printed as measured, so a run cut short still shows what it measured.
        void Record(PageFigures f)
        {
            figures.Add(f);
            Console.WriteLine($"{f.Page,-50} {f.P50,8:0.0} {f.P95,8:0.0} {f.Max,8:0.0}  {(f.P95 <= Target ? "✔" : "✘"),5} {f.CpuMs,7:0.0} {f.AllocatedKb,9:0} {f.Commands,7:0.0}");
        }

        async Task RenamePersonAsync(string name)
        {
            await using var db = await contexts.CreateDbContextAsync();
            var id = Person(30);
            var person = await db.People.SingleAsync(p => p.Id == id);
            person.Name = name;
            await db.SaveChangesAsync();
        }

        async Task RemoveNewestTermAsync()
        {
            var termId = await contexts.CreateDbContext().Terms.Where(t => t.BodyId == bodyId).MaxAsync(t => t.Id);
            await SendAsync(coordinator, Post($"/hallinta/{network}/toimielimet/{bodyId}/kausi/{termId}/poista", [], token), HttpStatusCode.Redirect);
        }

        string Person(int p) => $"{network}-henkilo-{p:00}";

        static byte[] TwentyPeopleRenamed(byte[] file)
        {
            // The names' ASCII tail ("… 010/00"), the same however the file escapes the ö before it.
            var text = System.Text.Encoding.UTF8.GetString(file);
            for (var n = 0; n < 200; n += 10)
            {
                var tail = $" {n:000}/00\"";
                var at = text.IndexOf(tail, StringComparison.Ordinal);
                if (at < 0) throw new InvalidOperationException($"no person named … {n:000}/00 in the export");
                text = string.Concat(text.AsSpan(0, at), $" {n:000}/00 (muutettu)\"", text.AsSpan(at + tail.Length));
            }
            return System.Text.Encoding.UTF8.GetBytes(text);
        }

        HttpRequestMessage Upload(byte[] file)
        {
            var content = new MultipartFormDataContent
            {
                { new StringContent(adminToken), "__RequestVerificationToken" },
                { new ByteArrayContent(file), "tiedosto", "verkostot.json" },
            };
            return new HttpRequestMessage(HttpMethod.Post, "/hallinta/tiedot?handler=Preview") { Content = content };
        }

        static HttpRequestMessage Post(string path, Dictionary<string, string> form, string token) =>
            new(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(new Dictionary<string, string>(form) { ["__RequestVerificationToken"] = token }) };

        static Dictionary<string, string> Changed(Dictionary<string, string> form, params (string Field, string Value)[] changes)
        {
            var changed = new Dictionary<string, string>(form);
            foreach (var (field, value) in changes) changed[field] = value;
            return changed;
        }

        static async Task<string> SendAsync(HttpClient client, HttpRequestMessage request, HttpStatusCode expected = HttpStatusCode.OK)
        {
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != expected) throw new InvalidOperationException($"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}");
            return body;
        }

        static async Task<HttpClient> SignInAsync(Uri baseAddress, string personId, bool administrator)
        {
            var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
            var token = await AntiforgeryAsync(client, "/hallinta/kirjaudu/kehittaja");
            var form = new Dictionary<string, string> { ["henkilo"] = personId, ["__RequestVerificationToken"] = token };
            if (administrator)
            {
                form["yllapitaja"] = "true";
            }
            using var response = await client.PostAsync("/hallinta/kirjaudu/kehittaja", new FormUrlEncodedContent(form));
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Developer sign-in answered {(int)response.StatusCode}");
            }
            return client;
        }

        static async Task<string> AntiforgeryAsync(HttpClient client, string path)
        {
            var page = await client.GetStringAsync(path);
            return Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        }

        static async Task<Guid> SendAnnouncementAsync(IServiceProvider services, string networkId, int recipients)
        {
            var store = services.GetRequiredService<AnnouncementStore>();
            var ledger = services.GetRequiredService<DeliveryLedger>();
            var catalog = await services.GetRequiredService<ICatalogSource>().GetAsync(CancellationToken.None);
            var author = AnnouncementAuthor.Find(catalog, "aad-17-0", HelsinkiTime.Today(TimeProvider.System))!;
            var draft = await store.CreateDraftAsync(author, new ValidDraft(networkId, "Syyskokous", "Tervetuloa.", null, AnnouncementAudience.Presidium, null), CancellationToken.None);
            await store.ConfirmAsync(draft.Id, author, null, CancellationToken.None);
            await ledger.StartAsync(draft.Id, _ => [.. Enumerable.Range(0, recipients)
                .Select(i => PlannedRecipient.ForPerson($"{networkId}-henkilo-{i % 50:00}-{i}", $"Vastaanottaja {i}", $"aad-x-{i}"))], CancellationToken.None);
            for (var batch = await ledger.ClaimBatchAsync(draft.Id, CancellationToken.None); batch.Count > 0; batch = await ledger.ClaimBatchAsync(draft.Id, CancellationToken.None))
            {
                await ledger.RecordAllAsync([.. batch.Select((row, i) => (row, i % 25 == 0
                    ? Delivery.Failed(DeliveryStatus.PermanentFailure, "blocked")
                    : Delivery.Delivered(new SentMessage($"a:{i}", "1", "https://smba.example/"))))], CancellationToken.None);
            }
            return draft.Id;
        }
    }
}
