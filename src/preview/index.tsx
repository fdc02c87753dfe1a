import { createRoot } from "react-dom/client";
import { TaskPane } from "../taskpane/TaskPane";
import { stubApi } from "./stub-api";
import { dateToIsoDate } from "../core/dates";
import type { IsoDate } from "../core/grid";

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <TaskPane
      api={stubApi()}
      language="en"
      theme="light"
      initialAsOf={dateToIsoDate(new Date()) as IsoDate}
    />,
  );
}
