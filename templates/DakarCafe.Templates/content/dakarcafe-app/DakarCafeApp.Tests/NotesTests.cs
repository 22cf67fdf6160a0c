using DakarCafe.Client;
using DakarCafe.Protocol;
using DakarCafe.Testing;
using DakarCafeApp.Schema;
using Microsoft.Extensions.Time.Testing;

namespace DakarCafeApp.Tests;

/// <summary>The board, through the app's own server, real sockets and a database of its own.</summary>
public sealed class NotesTests : IAsyncLifetime
{
    private DakarCafeTestApp<Program> _app = null!;

    public async ValueTask InitializeAsync() => _app = await DakarCafeTestApp.StartAsync<Program>();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static CancellationToken Within() => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;

    [Fact]
    public async Task A_note_one_user_adds_reaches_another_users_live_list()
    {
        var awa = await _app.ConnectAsync(TestIdentity.User("awa"), Within());
        var moussa = await _app.ConnectAsync(TestIdentity.User("moussa"), Within());
        var board = await moussa.SubscribeAsync(Api.Notes.List, new ListNotesArgs(), Within());

        await awa.MutateAsync(Api.Notes.Add, new AddNoteArgs("  Ndank ndank mooy japp golo ñu ci naaye  "), Within());

        var notes = await board.WaitForAsync(list => list.Count == 1, Within());
        notes[0].Text.Should().Be("Ndank ndank mooy japp golo ñu ci naaye");
        notes[0].AuthorId.Should().Be("awa");
    }

    [Fact]
    public async Task Only_its_author_removes_a_note_and_a_visitor_cannot_write()
    {
        var awa = await _app.ConnectAsync(TestIdentity.User("awa"), Within());
        var moussa = await _app.ConnectAsync(TestIdentity.User("moussa"), Within());
        var visitor = await _app.ConnectAsync(identity: null, Within());
        var note = await awa.MutateAsync(Api.Notes.Add, new AddNoteArgs("Teranga"), Within());

        var notYours = () => moussa.MutateAsync(Api.Notes.Remove, new RemoveNoteArgs(note.Id), Within());
        var anonymous = () => visitor.MutateAsync(Api.Notes.Add, new AddNoteArgs("spam"), Within());

        (await notYours.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(NotesErrorCodes.NotYourNote);
        (await anonymous.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.AuthRequired);
        (await awa.MutateAsync(Api.Notes.Remove, new RemoveNoteArgs(note.Id), Within())).Should().BeTrue();
        (await visitor.QueryAsync(Api.Notes.List, new ListNotesArgs(), Within())).Should().BeEmpty();
    }

    [Fact]
    public async Task An_empty_note_is_refused_naming_the_field()
    {
        var awa = await _app.ConnectAsync(TestIdentity.User("awa"), Within());

        var empty = () => awa.MutateAsync(Api.Notes.Add, new AddNoteArgs("   "), Within());

        var error = (await empty.Should().ThrowAsync<DakarCafeException>()).Which;
        error.Code.Should().Be(ErrorCodes.Validation);
        error.Error.Data.Should().Contain("text");
    }

    [Fact]
    public async Task A_note_with_a_lifetime_leaves_every_board_when_it_ends()
    {
        // An app of its own, on a fake clock that starts at a fixed instant and moves only when the test says.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
        await using var app = await DakarCafeTestApp.StartAsync<Program>(options => options.Clock = clock, TestContext.Current.CancellationToken);
        var awa = await app.ConnectAsync(TestIdentity.User("awa"), Within());
        var board = await (await app.ConnectAsync(TestIdentity.User("moussa"), Within())).SubscribeAsync(Api.Notes.List, new ListNotesArgs(), Within());

        var note = await awa.MutateAsync(Api.Notes.Add, new AddNoteArgs("Réunion à 10 h", ExpiresInMinutes: 60), Within());
        var early = await app.AdvanceAsync(TimeSpan.FromMinutes(59), Within());
        var stillThere = await board.WaitForAsync(list => list.Count == 1, Within());
        var due = await app.AdvanceAsync(TimeSpan.FromMinutes(2), Within());

        note.ExpiresAt.Should().Be(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));
        (early, due).Should().Be((0, 1), "the note's job is due after 60 minutes, not before");
        stillThere[0].Id.Should().Be(note.Id);
        (await board.WaitForAsync(list => list.Count == 0, Within())).Should().BeEmpty("the live board drops the note when its job ran");
        (await app.QueryAsServerAsync(Api.Notes.List, new ListNotesArgs(), Within())).Should().BeEmpty("the job removed the note itself");
        var tooLong = () => awa.MutateAsync(Api.Notes.Add, new AddNoteArgs("Une semaine et une minute", ExpiresInMinutes: (7 * 24 * 60) + 1), Within());
        (await tooLong.Should().ThrowAsync<DakarCafeException>()).Which.Error.Data.Should().Contain("expiresInMinutes");
    }
}
