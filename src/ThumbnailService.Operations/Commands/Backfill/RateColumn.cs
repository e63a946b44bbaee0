using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ThumbnailService.Operations.Commands.Backfill;

/// <summary>A progress column showing items per second, as Spectre measures it over the last samples.</summary>
internal sealed class RateColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.IsIndeterminate || task.Speed is not { } speed
            ? Text.Empty
            : new Text(string.Create(CultureInfo.InvariantCulture, $"{speed:0.0}/s"), new Style(Color.Grey));
    }
}
