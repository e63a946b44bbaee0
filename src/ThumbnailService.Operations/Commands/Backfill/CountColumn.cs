using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ThumbnailService.Operations.Commands.Backfill;

/// <summary>A progress column showing <c>done/total</c> items (blank while the total is not known yet).</summary>
internal sealed class CountColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.IsIndeterminate
            ? Text.Empty
            : new Text(string.Create(CultureInfo.InvariantCulture, $"{task.Value:N0}/{task.MaxValue:N0}"));
    }
}
