/**
 * An Excel host behind Microsoft's real Excel JavaScript library. The library, loaded from node_modules,
 * turns every `context.sync()` into a JSON request (object paths + actions) that it would send to Excel;
 * `Excel.run({ session: { url } }, …)` makes it post the request to `<url>/ProcessQuery`, and
 * `OfficeExtension.HttpUtility.setCustomSendRequestFunc` hands it to this emulator instead of the network.
 * The emulator answers from an in-memory workbook (the FakeExcel model: sheets, cells, merges, tables,
 * names, protection, formats, charts, page layout) the way Excel does: results keyed by action id,
 * PascalCase properties, collections as `_Items`, null objects as null, and errors as `Error { Code }`
 * with the action that failed (earlier actions stay applied: Excel has no rollback).
 *
 * What it checks that a hand fake cannot: the requests are the library's own, so a property read before
 * load or a proxy used after its run fails as in Excel. (The library's own requirement-set check never
 * fires in this build: its switch is set on OfficeExtension.Utility while the check reads the base
 * class's; the emulator checks every call against the host's sets instead.)
 * What it adds: any type, property or method outside api.ts is refused (ApiNotFound), requirement sets are
 * per host (ExcelApi 1.9 with or without 1.13), and Excel on the web's 5 MB request and response limits
 * give their real error codes. Round trips are counted from the requests the library sends.
 *
 * What only real Excel can prove: layout (column widths, wrapped row heights, chart rendering, print
 * scaling), calculation, and the behaviour assumed here for calls on a null object (ignored).
 */
import { FakeExcel } from "../fake-excel";
import { API, Env, HostFault, Node, TypeDef } from "./api";
import { loadOfficeJs } from "./office-js";

/** Excel on the web's limit on a request and on a response (5 MB). */
export const WEB_PAYLOAD_LIMIT = 5_000_000;

export interface HostProfile {
  /** Highest ExcelApi version the host supports. */
  readonly excelApi: "1.9" | "1.13";
  /** Excel on the web (5 MB request and response limits) or desktop (no such limit). */
  readonly platform: "web" | "desktop";
}

export const WEB_1_13: HostProfile = { excelApi: "1.13", platform: "web" };
export const WEB_1_9: HostProfile = { excelApi: "1.9", platform: "web" };

/** One request as the library sent it, and how the emulator answered. */
export interface RoundTrip {
  readonly actions: number;
  /** Bytes of the JSON request and response bodies. */
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly error?: string;
  readonly message?: string;
  /** Wire names of the methods and properties set in this request, in order. */
  readonly calls: readonly string[];
}

interface ObjectPathInfo {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}
interface ActionInfo {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  readonly QueryInfo?: { Select?: string[]; Expand?: string[]; [k: string]: unknown };
}
interface RequestBody {
  readonly Actions: ActionInfo[];
  readonly ObjectPaths: Record<string, ObjectPathInfo>;
}

const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4 } as const;
const PATH = { global: 1, property: 4, method: 3, indexer: 5 } as const;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const bytes = (s: string) => Buffer.byteLength(s, "utf8");

/** Methods the library adds to keep references alive across syncs: nothing to do in memory. */
const BOOKKEEPING = new Set(["_KeepReference", "_RemoveReference"]);

function typeOf(node: Node): TypeDef {
  const def = API[node.t];
  if (!def) throw new HostFault("ApiNotFound", `The emulator does not model ${node.t}.`, 404);
  return def;
}

export class OfficeHost implements Env {
  readonly requests: RoundTrip[] = [];
  requestLimit?: number;
  responseLimit?: number;
  /** Object paths resolved so far, per request context (each Excel.run has its own session URL). */
  private readonly contexts = new Map<string, Map<number, Node | null>>();
  private runs = 0;
  private calls: string[] = [];

  constructor(
    readonly book: FakeExcel,
    readonly profile: HostProfile = WEB_1_13
  ) {
    if (profile.platform === "web") {
      this.requestLimit = WEB_PAYLOAD_LIMIT;
      this.responseLimit = WEB_PAYLOAD_LIMIT;
    }
  }

  supports(version: string): boolean {
    const [, minor = 0] = version.split(".").map(Number);
    const [, max = 0] = this.profile.excelApi.split(".").map(Number);
    return version.startsWith("1.") && minor <= max;
  }

  /** Run options for one Excel.run: its own session URL, so object paths never mix between runs. */
  runOptions = (): Excel.RunOptions => ({
    session: { url: `https://excel.emulator.invalid/run-${++this.runs}`, headers: {} },
  });

  /** Round trips made since `from` (an earlier `requests.length`). */
  since(from: number): RoundTrip[] {
    return this.requests.slice(from);
  }

  /**
   * Loads the library if needed, answers its requests, and sets `Office.context.requirements` to this
   * host's requirement sets (the library checks each method against them). Returns the uninstaller.
   */
  install(): () => void {
    loadOfficeJs();
    const g = globalThis as unknown as {
      OSF: { _OfficeAppFactory?: object };
      OfficeExtension: {
        HttpUtility: {
          setCustomSendRequestFunc(f: ((r: unknown) => Promise<unknown>) | null): void;
        };
      };
    };
    // Office.context is a getter over the app factory Office's loader would have set up.
    const factory = g.OSF._OfficeAppFactory;
    const context = {
      requirements: {
        isSetSupported: (set: string, version?: string) =>
          set === "ExcelApi" && this.supports(String(version ?? "1.1")),
      },
    };
    g.OSF._OfficeAppFactory = Object.assign(Object.create(factory ?? null) as object, {
      getContext: () => context,
    });
    g.OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (request) => {
      const { url, body } = request as { url: string; body: RequestBody };
      const text = this.process(url.replace(/\/ProcessQuery.*$/, ""), body);
      return { statusCode: 200, headers: {}, body: text };
    });
    return () => {
      g.OfficeExtension.HttpUtility.setCustomSendRequestFunc(null);
      g.OSF._OfficeAppFactory = factory;
    };
  }

  private process(session: string, body: RequestBody): string {
    const requestBytes = bytes(JSON.stringify(body));
    this.calls = [];
    let response: Record<string, unknown>;
    if (this.requestLimit !== undefined && requestBytes > this.requestLimit) {
      response = errorBody(
        new HostFault(
          "RequestPayloadSizeLimitExceeded",
          "The request payload size has exceeded the limit.",
          413
        )
      );
    } else {
      response = this.execute(session, body);
    }
    let text = JSON.stringify(response);
    if (this.responseLimit !== undefined && bytes(text) > this.responseLimit) {
      text = JSON.stringify(
        errorBody(
          new HostFault(
            "ResponsePayloadSizeLimitExceeded",
            "The response payload size has exceeded the limit.",
            413
          )
        )
      );
    }
    const failure = (JSON.parse(text) as { Error?: { Code: string; Message: string } }).Error;
    this.requests.push({
      actions: body.Actions.length,
      requestBytes,
      responseBytes: bytes(text),
      calls: this.calls,
      ...(failure ? { error: failure.Code, message: failure.Message } : {}),
    });
    return text;
  }

  private execute(session: string, body: RequestBody): Record<string, unknown> {
    let paths = this.contexts.get(session);
    if (!paths) this.contexts.set(session, (paths = new Map()));
    const results: { ActionId: number; Value: unknown }[] = [];
    for (let i = 0; i < body.Actions.length; i++) {
      const action = body.Actions[i] as ActionInfo;
      try {
        const value = this.act(action, body, paths);
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
      } catch (e) {
        if (!(e instanceof HostFault)) throw e;
        return { Results: results, ...errorBody(e, i) };
      }
    }
    return { Results: results };
  }

  private resolve(id: number, body: RequestBody, paths: Map<number, Node | null>): Node | null {
    if (paths.has(id)) return paths.get(id) as Node | null;
    const info = body.ObjectPaths[String(id)];
    if (!info) throw new HostFault("InvalidObjectPath", `Unknown object path ${id}.`);
    let node: Node | null;
    if (info.ObjectPathType === PATH.global) node = { t: "Workbook" };
    else {
      const parent = this.resolve(info.ParentObjectPathId as number, body, paths);
      if (parent === null) node = null;
      else node = this.child(parent, info, body, paths);
    }
    paths.set(id, node);
    return node;
  }

  private child(
    parent: Node,
    info: ObjectPathInfo,
    body: RequestBody,
    paths: Map<number, Node | null>
  ): Node | null {
    const def = typeOf(parent);
    const args = this.args(info.ArgumentInfo, body, paths);
    if (info.ObjectPathType === PATH.property) {
      const nav = def.navs?.[info.Name];
      if (!nav) throw unknown(parent, info.Name);
      this.require(nav.since, parent, info.Name);
      return nav.of(parent, this);
    }
    if (info.ObjectPathType === PATH.indexer) {
      if (!def.indexer) throw unknown(parent, "getItem");
      return def.indexer(parent, args, this);
    }
    if (info.ObjectPathType === PATH.method) {
      const result = this.invoke(parent, info.Name, args);
      if (result === null || (typeof result === "object" && "t" in (result as object)))
        return result as Node | null;
      throw new HostFault("InvalidObjectPath", `${parent.t}.${info.Name} returns no object.`);
    }
    throw new HostFault(
      "InvalidObjectPath",
      `The emulator does not model object path type ${info.ObjectPathType}.`
    );
  }

  private args(
    info: ActionInfo["ArgumentInfo"],
    body: RequestBody,
    paths: Map<number, Node | null>
  ): unknown[] {
    const args = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds ?? [];
    return args.map((a, i) => (refs[i] ? this.resolve(refs[i] as number, body, paths) : a));
  }

  private require(since: string | undefined, node: Node, member: string): void {
    if (since && !this.supports(since))
      throw new HostFault(
        "ApiNotFound",
        `${node.t}.${member} needs ExcelApi ${since}, which this host lacks.`,
        404
      );
  }

  private invoke(node: Node, name: string, args: unknown[]): unknown {
    const method = typeOf(node).methods?.[name];
    if (!method) throw unknown(node, name);
    this.require(method.since, node, name);
    this.calls.push(`${node.t}.${name}`);
    return method.call(node, args, this);
  }

  private act(action: ActionInfo, body: RequestBody, paths: Map<number, Node | null>): unknown {
    const node = this.resolve(action.ObjectPathId, body, paths);
    switch (action.ActionType) {
      case ACTION.instantiate:
        return node === null ? null : {};
      case ACTION.query:
        return node === null ? null : this.query(node, action.QueryInfo ?? {});
      case ACTION.method: {
        if (BOOKKEEPING.has(action.Name)) return undefined;
        // Assumed, not proven: Excel ignores a call on a null object (an *OrNullObject that found nothing).
        if (node === null) return null;
        const value = this.invoke(node, action.Name, this.args(action.ArgumentInfo, body, paths));
        return value === undefined || (typeof value === "object" && value !== null && "t" in value)
          ? null
          : value;
      }
      case ACTION.setProperty: {
        if (node === null) return undefined;
        const prop = typeOf(node).props?.[action.Name];
        if (!prop?.set) throw unknown(node, action.Name);
        this.require(prop.since, node, action.Name);
        this.calls.push(`${node.t}.${action.Name}=`);
        prop.set(node, action.ArgumentInfo?.Arguments?.[0], this);
        return undefined;
      }
      default:
        throw new HostFault(
          "InvalidArgument",
          `The emulator does not model action type ${action.ActionType}.`
        );
    }
  }

  private query(node: Node, q: NonNullable<ActionInfo["QueryInfo"]>): unknown {
    for (const key of Object.keys(q))
      if (key !== "Select" && key !== "Expand")
        throw new HostFault("InvalidArgument", `Query option ${key}.`);
    const def = typeOf(node);
    const select = q.Select;
    if (def.items) {
      return { _Items: def.items(node, this).map((item) => this.select(item, select)) };
    }
    return this.select(node, select);
  }

  /** The selected properties of a node ("protection/protected" nests); all readable ones when none. */
  private select(node: Node, select: readonly string[] | undefined): Record<string, unknown> {
    const def = typeOf(node);
    const out: Record<string, unknown> = {};
    const names =
      select ??
      Object.entries(def.props ?? {})
        .filter(([, p]) => p.get && (!p.since || this.supports(p.since)))
        .map(([k]) => k.charAt(0).toLowerCase() + k.slice(1));
    const nested = new Map<string, string[]>();
    for (const raw of names) {
      const [head = "", ...rest] = raw.split("/");
      if (rest.length) {
        nested.set(cap(head), [...(nested.get(cap(head)) ?? []), rest.join("/")]);
        continue;
      }
      const prop = def.props?.[cap(head)];
      if (!prop?.get) throw unknown(node, cap(head));
      this.require(prop.since, node, cap(head));
      out[cap(head)] = prop.get(node, this);
    }
    for (const [nav, inner] of nested) {
      const n = def.navs?.[nav];
      if (!n) throw unknown(node, nav);
      this.require(n.since, node, nav);
      out[nav] = this.select(n.of(node, this), inner);
    }
    return out;
  }
}

function unknown(node: Node, member: string): HostFault {
  return new HostFault(
    "ApiNotFound",
    `The emulator does not know ${node.t}.${member}: add it to api.ts if Excel has it.`,
    404
  );
}

function errorBody(e: HostFault, actionIndex?: number): Record<string, unknown> {
  return {
    Error: {
      Code: e.code,
      Message: e.message,
      HttpStatusCode: e.status,
      ...(actionIndex !== undefined ? { ActionIndex: actionIndex } : {}),
    },
  };
}
