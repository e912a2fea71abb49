/**
 * The presenter window opened without a lesson (`?presenter=1` alone, or the lesson was left):
 * how to start one, so a teacher who bookmarked this window is not left with a blank page.
 */
export function NoLesson() {
  return (
    <main className="presenter presenter-empty" aria-labelledby="presenter-empty-title">
      <h1 id="presenter-empty-title">Presenter view: no lesson is running</h1>
      <p>
        This window shows a lesson’s notes, its next step and a timer while the class sees the map.
      </p>
      <ol>
        <li>In the map’s window (the one on the projector), press “Present”.</li>
        <li>
          Then press N there, or choose Tools, then “Presenter view”: a presenter window opens,
          paired with that window.
        </li>
        <li>Step through the lesson from either window: the other follows.</li>
      </ol>
      <p>
        <a href="./">Open the map</a>
      </p>
    </main>
  );
}
