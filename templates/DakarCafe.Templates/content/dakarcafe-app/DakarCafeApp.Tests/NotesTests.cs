using DakarCafe.Client;
using DakarCafe.Protocol;
using DakarCafe.Testing;
using DakarCafeApp.Schema;

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
}
